package org.normative.conformance.check.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

class JsonSchemaKindTest {

    private static final String ORDER_SCHEMA = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "type": "object",
              "required": ["id", "lines"],
              "properties": {
                "id": {"type": "string", "pattern": "^ORD-[0-9]+$"},
                "lines": {"type": "array", "items": {"$ref": "line.schema.json"}}
              }
            }
            """;
    private static final String LINE_SCHEMA = """
            {"type": "object", "required": ["sku"], "properties": {"sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1}}}
            """;

    @TempDir
    Path folder;
    private Path suite;
    private Path submission;

    @BeforeEach
    void writeSuitePackage() throws IOException {
        suite = Files.createDirectories(folder.resolve("suite"));
        submission = Files.createDirectories(folder.resolve("submission"));
        Files.createDirectories(suite.resolve("resources"));
        Files.writeString(suite.resolve("resources/order.schema.json"), ORDER_SCHEMA);
        Files.writeString(suite.resolve("resources/line.schema.json"), LINE_SCHEMA);
    }

    @Test
    void theKindIsFoundByServiceLoader() throws ConformanceException {
        assertThat(CheckKinds.installed().get("json-schema", "/conf/t")).isInstanceOf(JsonSchemaKind.class);
    }

    @Test
    void aValidDocumentPasses() throws Exception {
        CheckOutcome outcome = run(prepare("resources/order.schema.json"), "order.json",
                "{\"id\": \"ORD-1\", \"lines\": [{\"sku\": \"A\", \"qty\": 2}]}");

        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void everyViolationIsReportedWithItsKeywordPointerAndLine() throws Exception {
        CheckOutcome outcome = run(prepare("resources/order.schema.json"), "order.json", """
                {
                  "id": "ORDER-1",
                  "lines": [
                    {"sku": "A", "qty": 0},
                    {"qty": "two"}
                  ]
                }
                """);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().pointer(), f -> f.location().line())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("pattern", "/id", 2),
                        org.assertj.core.groups.Tuple.tuple("minimum", "/lines/0/qty", 4),
                        org.assertj.core.groups.Tuple.tuple("required", "/lines/1", 5),
                        org.assertj.core.groups.Tuple.tuple("type", "/lines/1/qty", 5));
        Finding pattern = outcome.findings().stream().filter(f -> f.ruleId().equals("pattern")).findFirst().orElseThrow();
        assertThat(pattern.actual()).isEqualTo("ORDER-1");
        assertThat(pattern.location()).isEqualTo(Location.of("order.json").pointer("/id").at(2, 9));
        assertThat(pattern.message()).contains("ORD-[0-9]+");
    }

    @Test
    void aYamlArtifactIsValidatedAgainstAJsonSchema() throws Exception {
        CheckOutcome outcome = run(prepare("resources/order.schema.json"), "order.yaml", """
                id: ORD-7
                lines:
                  - sku: A
                    qty: 1
                  - qty: 3
                """);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("required");
            assertThat(finding.location().pointer()).isEqualTo("/lines/1");
            assertThat(finding.location().line()).isEqualTo(5);
        });
    }

    @Test
    void aYamlSchemaIsReadToo() throws Exception {
        Files.writeString(suite.resolve("resources/name.schema.yaml"), "type: object\nrequired: [name]\n");

        CheckOutcome outcome = run(prepare("resources/name.schema.yaml"), "thing.json", "{\"title\": \"x\"}");

        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("required");
    }

    @Test
    void jsonLinesAreValidatedLineByLineWithTheLineInEachFinding() throws Exception {
        CheckOutcome outcome = run(prepare("resources/line.schema.json"), "lines.jsonl",
                "{\"sku\": \"A\"}\n{\"sku\": \"B\", \"qty\": 1}\n{\"sku\": 5}\n{\"sku\": \"D\", \"qty\": 0}\n");

        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().line(), f -> f.location().pointer())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("type", 3, "/sku"),
                        org.assertj.core.groups.Tuple.tuple("minimum", 4, "/qty"));
    }

    @Test
    void theLinesAttributeMakesOneLineDocumentsJsonLines() throws Exception {
        PreparedCheck check = prepare(Map.of("schema", "resources/line.schema.json", "lines", "true"));

        CheckOutcome outcome = run(check, "one.json", "{\"qty\": 1}\n");

        assertThat(outcome.findings()).extracting(f -> f.location().line()).containsExactly(1);
    }

    @Test
    void jsonLinesAreStreamedNotReadAsOneTree() throws Exception {
        Limits smallTrees = new Limits(1_000, 1_024, 100, 10, 1_000, 10, Duration.ofMinutes(1));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lines.append("{\"sku\": \"S").append(i).append("\", \"qty\": ").append(i % 1000 + 1).append("}\n");
        }
        RecordingCheckContext context = new RecordingCheckContext(smallTrees, () -> false);

        prepare("resources/line.schema.json").check(artifact("big.jsonl", lines.toString()), context);

        assertThat(Files.size(submission.resolve("big.jsonl"))).isGreaterThan(100 * smallTrees.maxTreeBytes());
        assertThat(context.outcome().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aDuplicateNameIsAFinding() throws Exception {
        CheckOutcome outcome = run(prepare("resources/line.schema.json"), "dup.json", "{\"sku\": \"A\",\n \"sku\": \"B\"}");

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("duplicate-key");
            assertThat(finding.location()).isEqualTo(Location.of("dup.json").pointer("/sku").at(2, 2));
        });
    }

    @Test
    void aReferenceToTheDraft07MetaSchemaIsServedFromTheBundledCopy() throws Exception {
        Files.writeString(suite.resolve("resources/meta.json"), "{\"$ref\": \"http://json-schema.org/draft-07/schema#\"}");

        CheckOutcome outcome = run(prepare("resources/meta.json"), "schema.json", "{\"type\": \"nonsense\", \"minLength\": -1}");

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().pointer())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("minimum", "/minLength"),
                        org.assertj.core.groups.Tuple.tuple("enum", "/type"));
    }

    @Test
    void aReferenceOverTheNetworkIsRefused() throws IOException {
        Files.writeString(suite.resolve("resources/remote.json"), "{\"$ref\": \"http://example.org/schemas/x.json\"}");

        assertThatThrownBy(() -> prepare("resources/remote.json"))
                .isInstanceOf(ConformanceException.class)
                .hasMessageContaining("refers to http://example.org/schemas/x.json")
                .hasMessageContaining("never over the network");
    }

    @Test
    void aReferenceOutsideThePackageIsRefused() throws IOException {
        Files.writeString(folder.resolve("x.json"), "{}");
        Files.writeString(suite.resolve("escape.json"), "{\"$ref\": \"../x.json\"}");

        assertThatThrownBy(() -> prepare("escape.json"))
                .isInstanceOf(ConformanceException.class)
                .hasMessageContaining("../x.json")
                .hasMessageContaining("lies outside the suite package");
    }

    @Test
    void relativeReferencesOfASchemaWithAnHttpIdFindTheirSiblings() throws Exception {
        Files.writeString(suite.resolve("resources/published.json"),
                "{\"$id\": \"https://example.org/schemas/published.json\", \"items\": {\"$ref\": \"line.schema.json\"}}");

        CheckOutcome outcome = run(prepare("resources/published.json"), "list.json", "[{\"sku\": 1}]");

        assertThat(outcome.findings()).extracting(f -> f.location().pointer()).containsExactly("/0/sku");
    }

    @Test
    void aDraftOtherThan4Or6Or7IsRefused() {
        assertThatThrownBy(() -> prepare(Map.of("schema", "resources/order.schema.json", "draft", "2020-12")))
                .hasMessageContaining("draft=\"4\", \"6\" or \"7\", not \"2020-12\"");
    }

    @Test
    void anUnknownDollarSchemaIsRefusedWithTheWayOut() throws IOException {
        Files.writeString(suite.resolve("new.json"), "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}");

        assertThatThrownBy(() -> prepare("new.json")).hasMessageContaining("Set draft=");
    }

    @Test
    void hostileArtifactsGiveArtifactExceptionsQuickly() throws Exception {
        PreparedCheck check = prepare("resources/order.schema.json");
        Map<String, String> hostile = new HashMap<>();
        hostile.put("deep.json", "[".repeat(200_000));
        hostile.put("report.json", "%PDF-1.4\n");
        hostile.put("cut.json", "{\"id\": \"ORD");

        for (Map.Entry<String, String> input : hostile.entrySet()) {
            Artifact artifact = artifact(input.getKey(), input.getValue());
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                    () -> check.check(artifact, RecordingCheckContext.standalone())).isInstanceOf(ArtifactException.class));
        }
    }

    @Test
    void aCatastrophicPatternIsStoppedByTheCheckTimeLimit() throws Exception {
        // Java memoises the classic (a+)+ but not this: about 13 s for 30 characters unguarded
        Files.writeString(suite.resolve("redos.json"), "{\"pattern\": \"^(.*a){12}$\"}");
        PreparedCheck check = prepare("redos.json");
        Artifact artifact = artifact("evil.json", "\"" + "a".repeat(30) + "!\"");
        RecordingCheckContext context = new RecordingCheckContext(Limits.DEFAULT.withCheckTimeout(Duration.ofMillis(300)), () -> false);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> check.check(artifact, context))
                .isInstanceOf(java.io.InterruptedIOException.class));
    }

    @Test
    void aDocumentAtTheDepthBoundValidatesAgainstARecursiveSchema() throws Exception {
        Files.writeString(suite.resolve("tree.json"), "{\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}");
        PreparedCheck check = prepare("tree.json");

        CheckOutcome valid = run(check, "deep.json", "[".repeat(1_000) + "]".repeat(1_000));
        CheckOutcome invalid = run(check, "deep-bad.json", "[".repeat(999) + "1" + "]".repeat(999));

        assertThat(valid.verdict()).isEqualTo(Verdict.PASS);
        assertThat(invalid.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("type");
            assertThat(finding.location().pointer()).isEqualTo("/0".repeat(999));
            assertThat(finding.location().column()).isEqualTo(1_000);
        });
    }

    private PreparedCheck prepare(String schema) throws ConformanceException {
        return prepare(Map.of("schema", schema));
    }

    private PreparedCheck prepare(Map<String, String> attributes) throws ConformanceException {
        return new JsonSchemaKind().prepare(new CheckDeclaration("json-schema", "/conf/t", attributes, null), new PackageResources(suite));
    }

    private CheckOutcome run(PreparedCheck check, String name, String content) throws Exception {
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(artifact(name, content), context);
        return context.outcome();
    }

    private Artifact artifact(String name, String content) throws IOException, ConformanceException {
        Files.writeString(submission.resolve(name), content);
        return new ArtifactIntake().inPlace("doc", submission.resolve(name));
    }
}
