package org.normative.conformance.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.AssessedRun;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.CheckRun;
import org.normative.conformance.run.ClassResult;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;
import org.normative.standards.LocalizedText;

/**
 * The machine-readable report of a run (DESIGN.md, "Command line"; schema {@code docs/schemas/report-1.schema.json}).
 * Streamed: a run with a million findings is written without holding the text in memory. Every finding is kept.
 */
public final class JsonReportWriter {

    public static final String FORMAT = "normative-report/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(RunRecord run, Locale locale, OutputStream out) throws IOException {
        write(run, List.of(), locale, out);
    }

    /** The report of a run with the evaluator's assessments (already applied to {@code run}) listed too. */
    public void write(RunRecord run, List<Assessment> assessments, Locale locale, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("reportId", run.runId());
            json.writeStringField("generatedAt", run.finishedAt().toString());
            json.writeStringField("startedAt", run.startedAt().toString());
            json.writeNumberField("durationMs", run.durationMs());
            json.writeStringField("language", locale.toLanguageTag());
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", run.tool().name());
            json.writeStringField("version", run.tool().version());
            json.writeObjectFieldStart("engines");
            for (Map.Entry<String, String> engine : run.tool().engines().entrySet()) {
                json.writeStringField(engine.getKey(), engine.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("suite");
            json.writeStringField("id", run.suite().id());
            json.writeStringField("version", run.suite().version());
            json.writeStringField("title", text(run.suite().title(), locale));
            json.writeStringField("status", run.suite().status());
            json.writeStringField("sha256", run.suite().sha256());
            json.writeEndObject();
            json.writeObjectFieldStart("standard");
            json.writeStringField("code", run.suite().standardCode());
            json.writeStringField("edition", run.suite().edition());
            json.writeEndObject();
            json.writeObjectFieldStart("subject");
            json.writeStringField("organisation", run.subject().organisation());
            json.writeStringField("system", run.subject().system());
            json.writeStringField("version", run.subject().version());
            json.writeArrayFieldStart("claimedClasses");
            for (String c : run.claimedClasses()) {
                json.writeString(c);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("artifacts");
            for (ArtifactRecord a : run.artifacts()) {
                json.writeStartObject();
                json.writeStringField("role", a.role());
                json.writeStringField("name", a.name());
                json.writeStringField("mediaType", a.mediaType());
                json.writeNumberField("size", a.size());
                json.writeStringField("sha256", a.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("verdict", run.verdict().name());
            json.writeBooleanField("cancelled", run.cancelled());
            json.writeArrayFieldStart("classes");
            for (ClassResult c : run.classes()) {
                json.writeStartObject();
                json.writeStringField("id", c.id());
                json.writeStringField("verdict", c.verdict().name());
                json.writeBooleanField("conformant", c.conformant());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (TestCaseResult result : run.results()) {
                writeResult(json, result, locale);
            }
            json.writeEndArray();
            writeAssessments(json, assessments);
            json.writeEndObject();
        }
    }

    private static void writeAssessments(JsonGenerator json, List<Assessment> assessments) throws IOException {
        json.writeArrayFieldStart("assessments");
        for (Assessment a : assessments) {
            if (a.kind() == Assessment.Kind.CERTIFICATION) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("testCase", a.testCase());
            json.writeStringField("kind", a.kind().name());
            optional(json, "verdict", a.verdict());
            json.writeStringField("note", a.note());
            json.writeStringField("evaluator", a.evaluator());
            json.writeStringField("recordedAt", a.recordedAt().toString());
            optional(json, "expiresOn", a.expiresOn());
            if (a.attachmentSha256() != null) {
                json.writeObjectFieldStart("attachment");
                json.writeStringField("name", a.attachmentName());
                json.writeStringField("sha256", a.attachmentSha256());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        var certification = AssessedRun.certification(assessments);
        if (certification.isPresent()) {
            json.writeObjectFieldStart("certification");
            json.writeStringField("evaluator", certification.get().evaluator());
            json.writeStringField("statement", certification.get().note());
            json.writeStringField("recordedAt", certification.get().recordedAt().toString());
            json.writeEndObject();
        }
    }

    private static void writeResult(JsonGenerator json, TestCaseResult result, Locale locale) throws IOException {
        json.writeStartObject();
        json.writeStringField("testCase", result.testCase());
        json.writeStringField("class", result.classId());
        json.writeArrayFieldStart("requirements");
        for (String r : result.requirements()) {
            json.writeString(r);
        }
        json.writeEndArray();
        json.writeBooleanField("mandatory", result.mandatory());
        json.writeStringField("verdict", result.verdict().name());
        json.writeNumberField("durationMs", result.durationMs());
        if (result.reason() != null) {
            json.writeStringField("message", text(result.reason(), locale));
        }
        json.writeNumberField("findingCount", result.findingCount());
        json.writeArrayFieldStart("checks");
        for (CheckRun check : result.checks()) {
            json.writeStartObject();
            json.writeStringField("kind", check.kind());
            if (check.artifact() != null) {
                json.writeStringField("artifact", check.artifact());
            }
            json.writeStringField("verdict", check.verdict().name());
            if (check.reason() != null) {
                json.writeStringField("message", text(check.reason(), locale));
            }
            json.writeNumberField("durationMs", check.durationMs());
            json.writeObjectFieldStart("countsByRule");
            for (Map.Entry<String, Long> count : check.countsByRule().entrySet()) {
                json.writeNumberField(count.getKey(), count.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("message", finding.message());
        Location l = finding.location();
        json.writeObjectFieldStart("location");
        optional(json, "artifact", l.artifact());
        optional(json, "line", l.line());
        optional(json, "column", l.column());
        optional(json, "pointer", l.pointer());
        optional(json, "xpath", l.xpath());
        optional(json, "row", l.row());
        optional(json, "field", l.field());
        optional(json, "page", l.page());
        json.writeEndObject();
        optional(json, "actual", finding.actual());
        optional(json, "snippet", finding.snippet());
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, Object value) throws IOException {
        if (value instanceof Number number) {
            json.writeNumberField(name, number.longValue());
        } else if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }
}
