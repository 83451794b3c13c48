package org.normative.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.Limits;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestSuites;
import org.normative.conformance.submission.ArtifactIntake;

/** The JSON report keeps the contract of DESIGN.md and validates against the published docs/schemas/report-1.schema.json. */
class JsonReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void aReportWithEveryKindOfResultValidatesAgainstThePublishedSchema() throws Exception {
        Path data = dir.resolve("licence.xml");
        Files.writeString(data, "<a/>");
        String manual = "<test-case id=\"/t/m\" class=\"core\" requirements=\"/req/x\"><title xml:lang=\"en\">m</title>"
                + "<procedure xml:lang=\"en\">Look.</procedure><procedure xml:lang=\"zh\">查看。</procedure></test-case>";
        var suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "fail")
                + TestSuites.testCase("/t/b", "core", "refuse") + TestSuites.testCase("/t/c", "more", "warn") + manual));
        RunRecord run = new Runner(Limits.DEFAULT).run(RunRequest.of(suite, new Subject("艾克米", "Portal", "2.0"),
                List.of(new ArtifactIntake().inPlace("data", data)), List.of()), RunListener.NONE, new RunControl());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(run, Locale.SIMPLIFIED_CHINESE, out);
        JSONObject report = new JSONObject(out.toString(java.nio.charset.StandardCharsets.UTF_8));

        assertThatCode(() -> publishedSchema().validate(report)).doesNotThrowAnyException();
        assertThat(report.getString("verdict")).isEqualTo("ERROR");
        assertThat(report.getJSONObject("subject").getString("organisation")).isEqualTo("艾克米");
        assertThat(report.getJSONArray("results").getJSONObject(0).getJSONArray("findings").getJSONObject(0)
                .getJSONObject("location").getInt("line")).isEqualTo(3);
        assertThat(report.getJSONArray("results").getJSONObject(3).getString("message")).isEqualTo("人工测试用例：等待评估人员判定。");
        assertThat(report.getJSONArray("artifacts").getJSONObject(0).getString("sha256")).hasSize(64);
    }

    private static Schema publishedSchema() throws Exception {
        Path published = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schemas/report-1.schema.json");
        return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(Files.readString(published))).build()
                .load().build();
    }
}
