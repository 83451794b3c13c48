package org.normative.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.Limits;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.ArtifactIntake;

class RunComparisonTest {

    @TempDir
    Path dir;

    private RunRecord run(String folder, String a, String b, String c) throws Exception {
        Path data = dir.resolve("data.xml");
        Files.writeString(data, "<a/>");
        var suite = TestSuites.load(TestSuites.write(dir.resolve(folder), TestSuites.testCase("/t/a", "core", a)
                + TestSuites.testCase("/t/b", "core", b) + TestSuites.testCase("/t/c", "core", c)));
        return new Runner(Limits.DEFAULT).run(RunRequest.of(suite, Subject.UNNAMED, List.of(new ArtifactIntake().inPlace("data", data)),
                List.of()), RunListener.NONE, new RunControl());
    }

    @Test
    void sortsTestCasesIntoFixedNewlyFailingAndStillFailing() throws Exception {
        RunRecord before = run("v1", "fail", "pass", "refuse");
        RunRecord after = run("v2", "pass", "fail", "fail");

        RunComparison comparison = RunComparison.of(before, after);

        assertThat(comparison.fixed()).containsExactly(new RunComparison.Change("/t/a", Verdict.FAIL, Verdict.PASS));
        assertThat(comparison.newlyFailing()).containsExactly(new RunComparison.Change("/t/b", Verdict.PASS, Verdict.FAIL));
        assertThat(comparison.stillFailing()).containsExactly(new RunComparison.Change("/t/c", Verdict.ERROR, Verdict.FAIL));
        assertThat(comparison.added()).isEmpty();
    }

    @Test
    void runsOfDifferentSuitesAreNotCompared() throws Exception {
        RunRecord before = run("v1", "pass", "pass", "pass");
        Path other = TestSuites.write(dir.resolve("other"), TestSuites.testCase("/t/a", "core", "pass"));
        Files.writeString(other.resolve("suite.xml"), Files.readString(other.resolve("suite.xml")).replace("id=\"t\"", "id=\"u\""));
        RunRecord after = new Runner(Limits.DEFAULT).run(RunRequest.of(TestSuites.load(other), Subject.UNNAMED,
                List.of(new ArtifactIntake().inPlace("data", dir.resolve("data.xml"))), List.of()), RunListener.NONE, new RunControl());

        assertThatThrownBy(() -> RunComparison.of(before, after)).hasMessageContaining("different suites");
    }
}
