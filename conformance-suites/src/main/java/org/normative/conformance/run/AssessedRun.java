package org.normative.conformance.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.result.Verdict;
import org.normative.standards.LocalizedText;

/**
 * A run record with the evaluator's assessments applied: each assessed test case takes the assessed verdict (the
 * latest assessment per test case wins; an expired waiver no longer counts), with a check line saying who decided
 * what and why, and the classes and the overall verdict are aggregated again. The stored record is not changed.
 */
public final class AssessedRun {

    private AssessedRun() {
    }

    public static RunRecord apply(RunRecord run, List<Assessment> assessments, LocalDate today) {
        Map<String, Assessment> latest = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            if (assessment.kind() != Assessment.Kind.CERTIFICATION && assessment.inForce(today)) {
                latest.put(assessment.testCase(), assessment);
            }
        }
        if (latest.isEmpty()) {
            return run;
        }
        List<TestCaseResult> results = new ArrayList<>();
        for (TestCaseResult result : run.results()) {
            Assessment assessment = latest.get(result.testCase());
            results.add(assessment == null ? result : assessed(result, assessment));
        }
        List<ClassResult> classes = Aggregation.reaggregate(run.classes(), results);
        return new RunRecord(run.runId(), run.startedAt(), run.finishedAt(), run.tool(), run.suite(), run.subject(),
                run.claimedClasses(), run.artifacts(), Aggregation.overall(classes), classes, results, run.cancelled());
    }

    /** The certification statement recorded for the run, if any (the latest). */
    public static Optional<Assessment> certification(List<Assessment> assessments) {
        return assessments.stream().filter(a -> a.kind() == Assessment.Kind.CERTIFICATION).reduce((a, b) -> b);
    }

    /**
     * Checks an assessment against the run before it is recorded: the test case exists; a judgement is for a
     * manual (inconclusive) test case and says PASS, FAIL or NOT_APPLICABLE; a waiver is for a failure and has an
     * expiry in the future; a certification needs a conformant run (after the assessments so far).
     */
    public static void check(RunRecord run, List<Assessment> earlier, Assessment assessment, LocalDate today)
            throws ConformanceException {
        if (assessment.note().isBlank()) {
            throw new ConformanceException("assess.noNote", assessment.kind());
        }
        if (assessment.kind() == Assessment.Kind.CERTIFICATION) {
            OverallVerdict verdict = apply(run, earlier, today).verdict();
            if (verdict != OverallVerdict.CONFORMANT || run.cancelled()) {
                throw new ConformanceException("assess.notCertifiable", run.runId(), verdict);
            }
            return;
        }
        TestCaseResult result = run.result(assessment.testCase())
                .orElseThrow(() -> new ConformanceException("assess.noTestCase", assessment.testCase(), run.runId()));
        Verdict verdict = assessment.verdict();
        switch (assessment.kind()) {
            case JUDGEMENT -> {
                if (result.verdict() != Verdict.INCONCLUSIVE) {
                    throw new ConformanceException("assess.notManual", result.testCase(), result.verdict());
                }
                if (verdict != Verdict.PASS && verdict != Verdict.FAIL && verdict != Verdict.NOT_APPLICABLE) {
                    throw new ConformanceException("assess.judgementVerdict", verdict);
                }
            }
            case WAIVER -> {
                if (result.verdict().isSatisfied()) {
                    throw new ConformanceException("assess.nothingToWaive", result.testCase(), result.verdict());
                }
                if (assessment.expiresOn() == null || !assessment.expiresOn().isAfter(today)) {
                    throw new ConformanceException("assess.waiverExpiry");
                }
            }
            case OVERRIDE -> {
                if (verdict == null || verdict == Verdict.INCONCLUSIVE || verdict == Verdict.NOT_TESTED) {
                    throw new ConformanceException("assess.overrideVerdict", verdict);
                }
            }
            default -> throw new IllegalStateException(assessment.kind().name());
        }
    }

    private static TestCaseResult assessed(TestCaseResult result, Assessment assessment) {
        Verdict verdict = assessment.kind() == Assessment.Kind.WAIVER ? Verdict.NOT_APPLICABLE : assessment.verdict();
        LocalizedText reason = org.normative.conformance.ConformanceException.MESSAGES.text(
                "assess.line." + assessment.kind().name(), verdict, assessment.evaluator(),
                assessment.recordedAt().toString().substring(0, 10), assessment.note(),
                assessment.expiresOn() == null ? "" : assessment.expiresOn().toString(), result.verdict());
        List<CheckRun> checks = new ArrayList<>();
        checks.add(CheckRun.decided("evaluator", null, verdict, reason)); // first: it is the reason reports show
        checks.addAll(result.checks());
        return new TestCaseResult(result.testCase(), result.title(), result.classId(), result.requirements(),
                result.mandatory(), verdict, result.durationMs(), checks);
    }
}
