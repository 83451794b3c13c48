package org.normative.conformance.check.manual;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.result.Verdict;

/**
 * {@code manual}: a procedure the evaluator follows and judges. Run by the tool it decides nothing: the verdict
 * is {@code INCONCLUSIVE} until a person records a judgement, which keeps the run {@code INCOMPLETE}.
 */
public final class ManualCheckKind implements CheckKind {

    public static final String ID = "manual";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        if (declaration.text().isEmpty()) {
            throw new ConformanceException("manual.noProcedure", declaration.testCase());
        }
        return (artifact, context) -> context.conclude(Verdict.INCONCLUSIVE,
                ConformanceException.MESSAGES.text("manual.awaitingJudgement"));
    }
}
