package org.normative.app.gui.conformance.evaluator;

import org.normative.conformance.result.Verdict;

/**
 * A test case as the evaluator sees it: its verdict now (decisions applied), whether a person must judge it, and the
 * latest decision recorded on it (empty when none).
 */
public record DecisionRow(String testCase, String title, Verdict verdict, boolean manual, boolean mandatory, String decision) {

    /** Waiting for the evaluator: a manual test case not judged yet. */
    public boolean open() {
        return manual && (verdict == Verdict.NOT_TESTED || verdict == Verdict.INCONCLUSIVE);
    }
}
