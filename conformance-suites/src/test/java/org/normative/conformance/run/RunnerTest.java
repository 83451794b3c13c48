package org.normative.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.standards.StandardsException;

class RunnerTest {

    @TempDir
    Path dir;

    private final Runner runner = new Runner(Limits.DEFAULT, 2, Clock.systemUTC(), ToolInfo.current());

    private Artifact artifact(String name, String content) throws IOException, ConformanceException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return new ArtifactIntake().inPlace("data", file);
    }

    private RunRecord run(String testCases, List<String> claimed, Artifact... artifacts) throws StandardsException, IOException {
        LoadedSuite suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), testCases));
        return runner.run(RunRequest.of(suite, Subject.UNNAMED, List.of(artifacts), claimed), RunListener.NONE, new RunControl());
    }

    @Test
    void everyTestCasePassingMakesTheRunConformant() throws Exception {
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "pass") + TestSuites.testCase("/t/b", "more", "warn"),
                List.of(), artifact("a.xml", "<a/>"));
        assertThat(run.verdict()).isEqualTo(OverallVerdict.CONFORMANT);
        assertThat(run.results()).extracting(TestCaseResult::verdict).containsExactly(Verdict.PASS, Verdict.WARNING);
        assertThat(run.artifacts().get(0).sha256()).hasSize(64);
        assertThat(run.suite().sha256()).hasSize(64);
    }

    @Test
    void aFailureFailsItsClassAndTheClassesThatDependOnIt() throws Exception {
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "fail") + TestSuites.testCase("/t/b", "more", "pass"),
                List.of(), artifact("a.xml", "<a/>"));
        assertThat(run.verdict()).isEqualTo(OverallVerdict.NOT_CONFORMANT);
        assertThat(run.classes()).extracting(ClassResult::verdict).containsExactly(Verdict.FAIL, Verdict.FAIL);
        assertThat(run.results().get(0).findings().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void anUnreadableArtifactIsAnErrorNeverAPassAndTheOtherTestCasesStillRun() throws Exception {
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "refuse") + TestSuites.testCase("/t/b", "core", "pass")
                + TestSuites.testCase("/t/c", "core", "throw"), List.of(), artifact("a.xml", "<a/>"));
        assertThat(run.verdict()).isEqualTo(OverallVerdict.ERROR);
        assertThat(run.results()).extracting(TestCaseResult::verdict)
                .containsExactly(Verdict.ERROR, Verdict.PASS, Verdict.ERROR);
        assertThat(run.results().get(0).reason().en()).contains("a.xml").contains("nested too deeply");
        assertThat(run.results().get(2).reason().en()).contains("fault of the tool").contains("bug in a plug-in");
    }

    @Test
    void aManualTestCaseKeepsTheRunIncomplete() throws Exception {
        String manual = "<test-case id=\"/t/m\" class=\"core\" requirements=\"/req/x\"><title xml:lang=\"en\">m</title>"
                + "<procedure xml:lang=\"en\">Look at it.</procedure></test-case>";
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "pass") + manual, List.of(), artifact("a.xml", "<a/>"));
        assertThat(run.result("/t/m").orElseThrow().verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(run.verdict()).isEqualTo(OverallVerdict.INCOMPLETE);
    }

    @Test
    void aTestCaseMarkedNotTestableIsReportedNotTestedWithItsReasonAndDoesNotHoldTheClassBack() throws Exception {
        String notTestable = "<test-case id=\"/t/n\" class=\"core\" requirements=\"/req/x\"><title xml:lang=\"en\">n</title>"
                + "<not-testable xml:lang=\"en\">Retention cannot be observed.</not-testable></test-case>";
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "pass") + notTestable, List.of(), artifact("a.xml", "<a/>"));
        TestCaseResult result = run.result("/t/n").orElseThrow();
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(result.mandatory()).isFalse();
        assertThat(result.reason().en()).isEqualTo("Not tested: marked not testable in the suite: Retention cannot be observed.");
        assertThat(run.verdict()).isEqualTo(OverallVerdict.CONFORMANT);
    }

    @Test
    void onlyTheClaimedClassesAndTheirDependenciesRun() throws Exception {
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "pass") + TestSuites.testCase("/t/b", "more", "fail"),
                List.of("core"), artifact("a.xml", "<a/>"));
        assertThat(run.results()).extracting(TestCaseResult::testCase).containsExactly("/t/a");
        assertThat(run.verdict()).isEqualTo(OverallVerdict.CONFORMANT);
        assertThat(run.claimedClasses()).containsExactly("core");
    }

    @Test
    void anArtifactOfTheWrongMediaTypeIsRefusedWithoutRunningTheCheck() throws Exception {
        Path pdf = dir.resolve("data.json");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n".getBytes());
        Artifact artifact = new ArtifactIntake().inPlace("extra", pdf);
        String tc = "<test-case id=\"/t/e\" class=\"core\" artifact=\"extra\" requirements=\"/req/x\"><title xml:lang=\"en\">e</title>"
                + "<check kind=\"scripted\" does=\"pass\"/></test-case>";
        RunRecord run = run(tc, List.of(), artifact("a.xml", "<a/>"), artifact);
        assertThat(run.results().get(0).verdict()).isEqualTo(Verdict.ERROR);
        assertThat(run.results().get(0).reason().en()).isEqualTo("data.json is PDF, but the role \"extra\" takes JSON.");
    }

    @Test
    void anOptionalRoleWithoutArtifactsIsNotApplicable() throws Exception {
        String tc = "<test-case id=\"/t/e\" class=\"core\" artifact=\"extra\" requirements=\"/req/x\"><title xml:lang=\"en\">e</title>"
                + "<check kind=\"scripted\" does=\"fail\"/></test-case>";
        RunRecord run = run(tc, List.of(), artifact("a.xml", "<a/>"));
        assertThat(run.results().get(0).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(run.verdict()).isEqualTo(OverallVerdict.CONFORMANT);
    }

    @Test
    void findingsBeyondTheCapAreCountedInFull() throws Exception {
        RunRecord run = run(TestSuites.testCase("/t/a", "core", "many"), List.of(), artifact("a.xml", "<a/>"));
        TestCaseResult result = run.results().get(0);
        assertThat(result.findingCount()).isEqualTo(25_000);
        assertThat(result.findings()).hasSize(10_000);
        assertThat(result.checks().get(0).countsByRule()).containsEntry("R-0", 8_334L);
    }

    @Test
    void aCheckThatNeverStopsReadingIsStoppedAtItsTimeLimit() throws Exception {
        Runner strict = new Runner(Limits.DEFAULT.withCheckTimeout(Duration.ofMillis(200)), 2, Clock.systemUTC(), ToolInfo.current());
        LoadedSuite suite = TestSuites.load(TestSuites.write(dir.resolve("suite"),
                TestSuites.testCase("/t/a", "core", "read-forever") + TestSuites.testCase("/t/b", "core", "pass")));
        RunRecord run = strict.run(RunRequest.of(suite, Subject.UNNAMED, List.of(artifact("a.xml", "<a/>")), List.of()),
                RunListener.NONE, new RunControl());
        assertThat(run.results()).extracting(TestCaseResult::verdict).containsExactly(Verdict.ERROR, Verdict.PASS);
        assertThat(run.results().get(0).reason().en()).contains("time limit");
    }

    @Test
    void cancellingStopsBlockedChecksAndLeavesTheRestNotTested() throws Exception {
        ScriptedKind.gate = new CountDownLatch(1);
        LoadedSuite suite = TestSuites.load(TestSuites.write(dir.resolve("suite"),
                TestSuites.testCase("/t/a", "core", "wait") + TestSuites.testCase("/t/b", "core", "wait")
                        + TestSuites.testCase("/t/c", "core", "pass") + TestSuites.testCase("/t/d", "core", "pass")));
        RunControl control = new RunControl();
        CountDownLatch bothStarted = new CountDownLatch(2);
        RunListener listener = new RunListener() {
            @Override
            public void testCaseStarted(String testCase) {
                bothStarted.countDown();
                if (bothStarted.getCount() == 0) {
                    control.cancel();
                    ScriptedKind.gate.countDown();
                }
            }
        };
        RunRecord run = runner.run(RunRequest.of(suite, Subject.UNNAMED, List.of(artifact("a.xml", "<a/>")), List.of()),
                listener, control);
        assertThat(run.cancelled()).isTrue();
        assertThat(run.results()).hasSize(4);
        assertThat(run.result("/t/d").orElseThrow().verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(run.verdict()).isEqualTo(OverallVerdict.INCOMPLETE);
    }

    @Test
    void progressIsReportedForEveryTestCase() throws Exception {
        List<Integer> done = new CopyOnWriteArrayList<>();
        LoadedSuite suite = TestSuites.load(TestSuites.write(dir.resolve("suite"),
                TestSuites.testCase("/t/a", "core", "pass") + TestSuites.testCase("/t/b", "core", "fail")));
        runner.run(RunRequest.of(suite, Subject.UNNAMED, List.of(artifact("a.xml", "<a/>")), List.of()), new RunListener() {
            @Override
            public void testCaseFinished(TestCaseResult result, int count, int total) {
                done.add(count * 10 + total);
            }
        }, new RunControl());
        assertThat(done).containsExactly(12, 22);
    }

    @Test
    void aRequestWithoutARequiredRoleOrWithAnUnknownClassIsRefusedBeforeRunning() throws Exception {
        LoadedSuite suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "pass")));
        assertThatThrownBy(() -> RunRequest.of(suite, Subject.UNNAMED, List.of(), List.of()))
                .isInstanceOf(ConformanceException.class).hasMessageContaining("\"data\"");
        assertThatThrownBy(() -> RunRequest.of(suite, Subject.UNNAMED, List.of(artifact("a.xml", "<a/>")), List.of("gold")))
                .hasMessageContaining("no conformance class \"gold\"");
    }
}
