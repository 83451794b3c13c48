package org.normative.app.gui.conformance.suites;

import java.util.List;

/**
 * One requirement of the edition in the traceability matrix: where it stands, how binding it is, and the test cases
 * of the suite that verify it (none: a gap in the suite's coverage).
 */
public record MatrixRow(String requirementId, String clauseNumber, String clauseHeading, String obligation,
                        String statement, List<String> testCases) {

    public MatrixRow {
        testCases = List.copyOf(testCases);
    }

    public boolean covered() {
        return !testCases.isEmpty();
    }
}
