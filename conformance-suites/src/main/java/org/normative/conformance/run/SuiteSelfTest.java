package org.normative.conformance.run;

import java.util.ArrayList;
import java.util.List;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.Example;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.PackageResources;
import org.normative.conformance.suite.TestCase;
import org.normative.standards.LocalizedText;

/**
 * Test-the-tests ({@code normative suite test}): every example of every test case through that test case's
 * checks. A "pass" example must pass (a warning is a pass); a "fail" example must fail, not error, and where it
 * names a rule, that rule must be among the findings.
 */
public final class SuiteSelfTest {

    /** One example's outcome; {@code problem} says what went against the expectation, null when it held. */
    public record ExampleOutcome(String testCase, String file, boolean expectPass, Verdict verdict, LocalizedText problem) {
        public boolean held() {
            return problem == null;
        }
    }

    private final Runner runner;

    public SuiteSelfTest(Runner runner) {
        this.runner = runner;
    }

    public List<ExampleOutcome> run(LoadedSuite suite) throws ConformanceException {
        PackageResources resources = new PackageResources(suite.root());
        ArtifactIntake intake = new ArtifactIntake();
        List<ExampleOutcome> outcomes = new ArrayList<>();
        for (TestCase testCase : suite.suite().testCases()) {
            for (Example example : testCase.examples()) {
                Artifact artifact = intake.inPlace(testCase.artifactRole() == null ? "example" : testCase.artifactRole(),
                        resources.resolve(example.file()));
                TestCaseResult result = runner.runTestCase(suite, testCase, List.of(artifact));
                outcomes.add(new ExampleOutcome(testCase.id(), example.file(), example.expectPass(), result.verdict(),
                        problem(example, result)));
            }
        }
        return outcomes;
    }

    private static LocalizedText problem(Example example, TestCaseResult result) {
        Verdict verdict = result.verdict();
        if (example.expectPass()) {
            return verdict.isSatisfied() ? null : text("selftest.shouldPass", verdict, describe(result));
        }
        if (verdict != Verdict.FAIL) {
            return text("selftest.shouldFail", verdict, describe(result));
        }
        if (example.rule() != null && result.findings().stream().map(Finding::ruleId).noneMatch(example.rule()::equals)) {
            return text("selftest.ruleMissing", example.rule(),
                    String.join(", ", result.findings().stream().map(Finding::ruleId).distinct().toList()));
        }
        return null;
    }

    /** The reason or the first finding: enough for a suite author to see why. */
    private static String describe(TestCaseResult result) {
        if (result.reason() != null) {
            return result.reason().en();
        }
        return result.findings().stream().findFirst().map(f -> f.location() + ": " + f.message()).orElse("");
    }

    private static LocalizedText text(String key, Object... arguments) {
        return ConformanceException.MESSAGES.text(key, arguments);
    }
}
