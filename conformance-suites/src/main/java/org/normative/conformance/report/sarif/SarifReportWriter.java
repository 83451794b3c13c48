package org.normative.conformance.report.sarif;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.CheckRun;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;

/**
 * The run as SARIF 2.1.0 (OASIS), which code-scanning dashboards read: one run, the rules that fired, one result per
 * finding with its physical location (artifact, line, column) and logical location (XPath or JSON pointer), the
 * artifacts with their SHA-256, and every check that could not decide as a tool execution notification.
 */
public final class SarifReportWriter {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(RunRecord run, Locale locale, OutputStream out) throws IOException {
        Map<String, Severity> rules = new LinkedHashMap<>();
        for (TestCaseResult result : run.results()) {
            for (Finding finding : result.findings()) {
                rules.putIfAbsent(finding.ruleId(), finding.severity());
            }
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        List<String> artifactNames = run.artifacts().stream().map(ArtifactRecord::name).toList();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, run, rules);
            writeInvocation(json, run, locale, artifactNames);
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField("id", run.suite().id() + "/" + run.runId());
            json.writeEndObject();
            writeArtifacts(json, run);
            json.writeArrayFieldStart("results");
            for (TestCaseResult result : run.results()) {
                for (Finding finding : result.findings()) {
                    writeResult(json, result, finding, ruleIds.indexOf(finding.ruleId()), artifactNames);
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            json.writeStringField("verdict", run.verdict().name());
            json.writeStringField("standard", run.suite().standardCode() + "@" + run.suite().edition());
            json.writeStringField("suiteSha256", run.suite().sha256());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeTool(JsonGenerator json, RunRecord run, Map<String, Severity> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", run.tool().name());
        json.writeStringField("version", run.tool().version());
        json.writeArrayFieldStart("rules");
        for (Map.Entry<String, Severity> rule : rules.entrySet()) {
            json.writeStartObject();
            json.writeStringField("id", rule.getKey());
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.getValue()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator json, RunRecord run, Locale locale, List<String> artifactNames)
            throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        boolean decided = run.results().stream().flatMap(r -> r.checks().stream()).allMatch(c -> c.reason() == null
                || c.verdict() != org.normative.conformance.result.Verdict.ERROR);
        json.writeBooleanField("executionSuccessful", decided && !run.cancelled());
        json.writeStringField("startTimeUtc", run.startedAt().toString());
        json.writeStringField("endTimeUtc", run.finishedAt().toString());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (TestCaseResult result : run.results()) {
            for (CheckRun check : result.checks()) {
                if (check.reason() == null) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("level", check.verdict() == org.normative.conformance.result.Verdict.ERROR ? "error" : "note");
                json.writeObjectFieldStart("message");
                json.writeStringField("text", result.testCase() + ": " + check.verdict() + ": " + check.reason().in(locale));
                json.writeEndObject();
                if (check.artifact() != null && artifactNames.contains(check.artifact())) {
                    json.writeArrayFieldStart("locations");
                    json.writeStartObject();
                    writeArtifactLocation(json, check.artifact(), artifactNames);
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeArtifacts(JsonGenerator json, RunRecord run) throws IOException {
        json.writeArrayFieldStart("artifacts");
        for (ArtifactRecord artifact : run.artifacts()) {
            json.writeStartObject();
            json.writeObjectFieldStart("location");
            json.writeStringField("uri", uri(artifact.name()));
            json.writeEndObject();
            json.writeNumberField("length", artifact.size());
            json.writeStringField("mimeType", artifact.mediaType());
            json.writeArrayFieldStart("roles");
            json.writeString("analysisTarget");
            json.writeEndArray();
            json.writeObjectFieldStart("hashes");
            json.writeStringField("sha-256", artifact.sha256());
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("role", artifact.role());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, TestCaseResult result, Finding finding, int ruleIndex,
                                    List<String> artifactNames) throws IOException {
        Location location = finding.location();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        if (location.artifact() != null) {
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", uri(location.artifact()));
            int index = artifactNames.indexOf(location.artifact());
            if (index >= 0) {
                json.writeNumberField("index", index);
            }
            json.writeEndObject();
            if (location.line() != null) {
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", location.line());
                if (location.column() != null) {
                    json.writeNumberField("startColumn", location.column());
                }
                if (finding.snippet() != null) {
                    json.writeObjectFieldStart("snippet");
                    json.writeStringField("text", finding.snippet());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        String logical = location.xpath() != null ? location.xpath() : location.pointer();
        if (logical != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", logical);
            json.writeStringField("kind", location.xpath() != null ? "element" : "member");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        json.writeStringField("testCase", result.testCase());
        json.writeArrayFieldStart("requirements");
        for (String requirement : result.requirements()) {
            json.writeString(requirement);
        }
        json.writeEndArray();
        if (location.row() != null) {
            json.writeNumberField("row", location.row());
        }
        if (location.field() != null) {
            json.writeStringField("field", location.field());
        }
        if (location.page() != null) {
            json.writeNumberField("page", location.page());
        }
        if (finding.actual() != null) {
            json.writeStringField("actual", finding.actual());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeArtifactLocation(JsonGenerator json, String name, List<String> artifactNames) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(name));
        json.writeNumberField("index", artifactNames.indexOf(name));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Artifact names as relative URI references: spaces and Chinese characters percent-encoded. */
    static String uri(String name) {
        try {
            return new URI(null, null, name, null).toASCIIString();
        } catch (URISyntaxException e) {
            return name.replaceAll("[^A-Za-z0-9._~-]", "_");
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
