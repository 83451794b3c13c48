package org.normative.app.gui.conformance.suites;

import java.util.List;

/**
 * One test case of a suite as the suites view lists it. A manual test case is one the tool cannot decide (an
 * evaluator judges it); one marked not testable is never run, and {@code notTestableReason} says why.
 * {@code unknownRequirements} are ids the edition does not have (a suite out of step with its standard).
 */
public record TestCaseRow(String id, String title, String classId, String kinds, List<String> requirements,
                          boolean mandatory, boolean manual, String notTestableReason, List<String> unknownRequirements) {

    public TestCaseRow {
        requirements = List.copyOf(requirements);
        unknownRequirements = List.copyOf(unknownRequirements);
    }

    /** Marked not testable in the suite: it traces requirements but verifies none of them. */
    public boolean notTestable() {
        return notTestableReason != null;
    }

    /** What stands out in the list: nothing verifies it, the tool cannot decide it, or it cites what the edition lacks. */
    public boolean standsOut() {
        return notTestable() || manual || !unknownRequirements.isEmpty();
    }
}
