package org.normative.conformance.check;

import java.io.IOException;
import java.io.InputStream;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.standards.LocalizedText;

/** A check context that passes everything to a standalone recording one; tests override what they watch. */
public class ForwardingCheckContext implements CheckContext {

    public final RecordingCheckContext recording = RecordingCheckContext.standalone();

    @Override
    public void report(Finding finding) {
        recording.report(finding);
    }

    @Override
    public void conclude(Verdict verdict, LocalizedText reason) {
        recording.conclude(verdict, reason);
    }

    @Override
    public InputStream open(Artifact artifact) throws IOException {
        return recording.open(artifact);
    }

    @Override
    public void checkpoint() throws IOException {
        recording.checkpoint();
    }

    @Override
    public Limits limits() {
        return recording.limits();
    }
}
