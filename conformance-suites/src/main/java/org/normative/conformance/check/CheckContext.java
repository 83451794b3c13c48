package org.normative.conformance.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.standards.LocalizedText;

/** What the runner gives a check while it runs one artifact. */
public interface CheckContext {

    /** Records a finding. The verdict follows from them: an ERROR finding fails, a WARNING warns. */
    void report(Finding finding);

    /**
     * For a check that cannot decide by itself: {@link Verdict#NOT_TESTED} (e.g. a rule needs a function this
     * tool does not have) or {@link Verdict#INCONCLUSIVE} (a person must judge), with the reason.
     */
    void conclude(Verdict verdict, LocalizedText reason);

    /**
     * The artifact's bytes. The stream stops with an {@link java.io.InterruptedIOException} once the run is
     * cancelled or the check's time is up, so a check blocked in a parser is stopped too.
     */
    InputStream open(Artifact artifact) throws IOException;

    /** Throws when the run was cancelled or the time is up; for checks that loop without reading. */
    void checkpoint() throws IOException;

    /** The bounds on untrusted input. */
    Limits limits();

    /**
     * The artifacts of a role in the same submission, for checks that relate artifacts (a table's foreign keys to
     * another table); empty when the submission has none or the check runs on its own (a suite's examples).
     */
    default List<Artifact> artifacts(String role) {
        return List.of();
    }
}
