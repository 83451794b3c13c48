package org.normative.app.gui.conformance.suites;

import java.util.List;

/**
 * One test case of a suite as the suites view lists it. A manual test case is not testable by the tool: an evaluator
 * judges it. {@code unknownRequirements} are ids the edition does not have (a suite out of step with its standard).
 */
public record TestCaseRow(String id, String title, String classId, String kinds, List<String> requirements,
                          boolean mandatory, boolean manual, List<String> unknownRequirements) {

    public TestCaseRow {
        requirements = List.copyOf(requirements);
        unknownRequirements = List.copyOf(unknownRequirements);
    }

    /** What stands out in the list: the tool cannot decide it, or it cites what the edition lacks. */
    public boolean notTestable() {
        return manual || !unknownRequirements.isEmpty();
    }
}
