package org.normative.conformance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.Limits;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.AssessedRun;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestSuites;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/** The evaluator's workflow: judgements, overrides, waivers and the certification statement over a stored run. */
class AssessmentTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ConformanceWorkspace conformance;
    private String runId;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void runASuiteWithAManualAndAFailingTestCase() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        conformance = new ConformanceWorkspace(workspace, TestSuites.kinds(), Limits.DEFAULT, Clock.systemUTC());
        Path data = dir.resolve("data.xml");
        Files.writeString(data, "<a/>");
        String manual = "<test-case id=\"/t/m\" class=\"core\" requirements=\"/req/x\"><title xml:lang=\"en\">m</title>"
                + "<procedure xml:lang=\"en\">Look.</procedure></test-case>";
        var suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "fail") + manual));
        RunRecord run = new Runner(Limits.DEFAULT).run(RunRequest.of(suite, new Subject("Acme", "Portal", "1"),
                List.of(new ArtifactIntake().inPlace("data", data)), List.of()), RunListener.NONE, new RunControl());
        conformance.saveRun(run, null);
        runId = run.runId();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Assessment assessment(String testCase, Assessment.Kind kind, Verdict verdict, String note, LocalDate expires) {
        return new Assessment(0, runId, testCase, kind, verdict, note, "Li Wei", java.time.Instant.now(), expires, null, null);
    }

    @Test
    void judgingTheManualCaseAndWaivingTheFailureMakesTheRunConformantAndCertifiable() throws Exception {
        Path evidence = dir.resolve("signature-check.txt");
        Files.writeString(evidence, "verified with GM/T 0009 tool 2.1");
        conformance.assess(assessment("/t/m", Assessment.Kind.JUDGEMENT, Verdict.PASS, "All signatures verify.", null), evidence);
        assertThat(conformance.assessedRun(runId).orElseThrow().verdict()).isEqualTo(OverallVerdict.NOT_CONFORMANT);

        conformance.assess(assessment("/t/a", Assessment.Kind.WAIVER, null, "Fixed in 1.1, due next month.", today.plusDays(30)), null);
        RunRecord assessed = conformance.assessedRun(runId).orElseThrow();
        assertThat(assessed.verdict()).isEqualTo(OverallVerdict.CONFORMANT);
        assertThat(assessed.result("/t/a").orElseThrow().reason().en()).startsWith("Waived by Li Wei").contains("(was FAIL)");
        assertThat(conformance.run(runId).orElseThrow().verdict()).as("the stored record is unchanged")
                .isEqualTo(OverallVerdict.NOT_CONFORMANT);

        conformance.assess(assessment("", Assessment.Kind.CERTIFICATION, null, "Certified against DG/T 0102-2026.", null), null);
        List<Assessment> assessments = conformance.assessments(runId);
        assertThat(assessments).hasSize(3);
        assertThat(assessments.get(0).attachmentSha256()).hasSize(64);
        assertThat(new SqlLibrary(workspace).audit().history("run:" + runId, 10)).hasSize(3);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.JSON.write(assessed, assessments, RequirementDirectory.NONE, Locale.ENGLISH, out);
        JSONObject report = new JSONObject(out.toString(StandardCharsets.UTF_8));
        assertThatCode(() -> reportSchema().validate(report)).doesNotThrowAnyException();
        assertThat(report.getJSONArray("assessments").length()).isEqualTo(2);
        assertThat(report.getJSONObject("certification").getString("evaluator")).isEqualTo("Li Wei");
    }

    @Test
    void anExpiredWaiverNoLongerCounts() throws Exception {
        conformance.assess(assessment("/t/a", Assessment.Kind.WAIVER, null, "Until the fix.", today.plusDays(1)), null);
        RunRecord stored = conformance.run(runId).orElseThrow();

        assertThat(AssessedRun.apply(stored, conformance.assessments(runId), today).result("/t/a").orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(AssessedRun.apply(stored, conformance.assessments(runId), today.plusDays(2)).result("/t/a").orElseThrow()
                .verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void assessmentsThatDoNotFitAreRefusedWithTheReason() {
        assertThatThrownBy(() -> conformance.assess(assessment("/t/a", Assessment.Kind.JUDGEMENT, Verdict.PASS, "ok", null), null))
                .hasMessageContaining("not awaiting a judgement").hasMessageContaining("use an override");
        assertThatThrownBy(() -> conformance.assess(assessment("/t/a", Assessment.Kind.WAIVER, null, "later", today), null))
                .hasMessageContaining("expiry date in the future");
        assertThatThrownBy(() -> conformance.assess(assessment("/t/m", Assessment.Kind.JUDGEMENT, Verdict.PASS, " ", null), null))
                .hasMessageContaining("needs a note");
        assertThatThrownBy(() -> conformance.assess(assessment("", Assessment.Kind.CERTIFICATION, null, "Certified.", null), null))
                .hasMessageContaining("cannot be certified: its verdict is NOT_CONFORMANT");
        assertThatThrownBy(() -> conformance.assess(assessment("/t/zzz", Assessment.Kind.OVERRIDE, Verdict.PASS, "why", null), null))
                .hasMessageContaining("There is no test case /t/zzz");
    }

    private static org.everit.json.schema.Schema reportSchema() throws Exception {
        Path published = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schemas/report-1.schema.json");
        return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(Files.readString(published))).build().load().build();
    }
}
