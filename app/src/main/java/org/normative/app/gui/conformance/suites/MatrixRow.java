package org.normative.app.gui.conformance.suites;

import java.util.List;

/**
 * One requirement of the edition in the traceability matrix: where it stands, how binding it is, and the test cases
 * of the suite that trace it. It is covered when one of them can verify it; when every one is marked not testable it
 * is {@link #notTestable()}; with none at all it is a gap in the suite.
 */
public record MatrixRow(String requirementId, String clauseNumber, String clauseHeading, String obligation,
                        String statement, List<String> testCases, boolean notTestable) {

    public MatrixRow {
        testCases = List.copyOf(testCases);
    }

    public boolean covered() {
        return !testCases.isEmpty() && !notTestable;
    }

    public boolean uncovered() {
        return testCases.isEmpty();
    }
}
