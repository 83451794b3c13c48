package org.normative.app.gui.conformance.results;

import java.util.List;

import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;

/**
 * A row of the results tree: a conformance class, a test case, a finding, or a note (why a check could not decide, or
 * how many findings are not listed). {@code verdict} is null for findings and notes; {@code testCase} names the test
 * case the row belongs to; {@code artifact} the artifact a finding or note is about (may be null).
 */
public record ResultNode(Kind kind, String label, Verdict verdict, String testCase, Finding finding, String artifact,
                         List<ResultNode> children) {

    public enum Kind {
        RUN,
        CLASS,
        TEST_CASE,
        FINDING,
        NOTE
    }

    public ResultNode {
        children = List.copyOf(children);
    }

    /** Whether the evidence viewer can open it: a finding with an artifact. */
    public boolean hasEvidence() {
        return kind == Kind.FINDING && finding != null && finding.location().artifact() != null;
    }
}
