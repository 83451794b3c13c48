package org.normative.conformance.run;

/** Hears a run's progress; called from the runner's threads, so an implementation must be thread-safe. */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    default void testCaseStarted(String testCase) {
    }

    /** After each test case: its result and how many of the run's test cases are done. */
    default void testCaseFinished(TestCaseResult result, int done, int total) {
    }
}
