package org.normative.conformance.check.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.ForwardingCheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.ArtifactIntake;

/** Rule sets as published: extends, overrides, severities, formats, messages, references, and hostile descriptions. */
class OpenApiRulesKindTest {

    private static final String API = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Parcels", "version": "1.0", "description": "Parcels"},
              "paths": {
                "/parcels": {
                  "get": {
                    "operationId": "ListParcels",
                    "responses": {
                      "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Parcels"}}}},
                      "404": {"$ref": "#/components/responses/Problem"},
                      "500": {"$ref": "#/components/responses/Problem"}
                    }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Parcels": {"type": "array", "items": {"$ref": "#/components/schemas/Parcel"}},
                  "Parcel": {"type": "object", "properties": {"parcel_id": {"type": "string"}, "next": {"$ref": "#/components/schemas/Parcel"}}}
                },
                "responses": {
                  "Problem": {"description": "problem", "content": {"application/json": {}}}
                }
              }
            }
            """;

    private final Path folder;
    private final RulesFixture fixture;

    OpenApiRulesKindTest(@TempDir Path folder) throws Exception {
        this.folder = folder;
        fixture = new RulesFixture(folder);
    }

    private CheckOutcome run(String rules) throws Exception {
        return fixture.check(rules, "api.json", API);
    }

    @Test
    void theKindIsFoundByServiceLoader() throws ConformanceException {
        assertThat(CheckKinds.installed().get("openapi-rules", "/conf/t")).isInstanceOf(OpenApiRulesKind.class);
    }

    @Test
    void placeholdersAreFilledIn() throws Exception {
        CheckOutcome outcome = run("""
                rules:
                  operation-ids:
                    description: Operation ids are camelCase.
                    message: "{{property}} at {{path}} is {{value}}: {{error}} ({{description}})"
                    given: $.paths.*.*.operationId
                    then: {function: casing, functionOptions: {type: camel}}
                """);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("operationId at #/paths/~1parcels/get/operationId is ListParcels: "
                    + "\"ListParcels\" must be camel case (Operation ids are camelCase.)");
            assertThat(finding.location().pointer()).isEqualTo("/paths/~1parcels/get/operationId");
            assertThat(finding.location().line()).isEqualTo(7);
            assertThat(finding.location().column()).isPositive();
        });
    }

    @Test
    void severitiesInWordsAndNumbersAndOff() throws Exception {
        CheckOutcome outcome = run("""
                rules:
                  e0: {given: $.info, severity: 0, then: {field: x, function: truthy}}
                  w1: {given: $.info, severity: 1, then: {field: x, function: truthy}}
                  i2: {given: $.info, severity: 2, then: {field: x, function: truthy}}
                  h3: {given: $.info, severity: 3, then: {field: x, function: truthy}}
                  hint: {given: $.info, severity: hint, then: {field: x, function: truthy}}
                  info: {given: $.info, severity: info, then: {field: x, function: truthy}}
                  warn: {given: $.info, severity: warn, then: {field: x, function: truthy}}
                  default: {given: $.info, then: {field: x, function: truthy}}
                  off: {given: $.info, severity: "off", then: {field: x, function: truthy}}
                """);

        Map<String, Severity> severities = new java.util.TreeMap<>();
        outcome.findings().forEach(finding -> severities.put(finding.ruleId(), finding.severity()));
        assertThat(severities).isEqualTo(Map.of("e0", Severity.ERROR, "w1", Severity.WARNING, "i2", Severity.INFO,
                "h3", Severity.INFO, "hint", Severity.INFO, "info", Severity.INFO, "warn", Severity.WARNING, "default", Severity.WARNING));
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void extendsAndOverridesFollowSpectral() throws Exception {
        fixture.file("base/base.yaml", """
                formats: [oas3]
                rules:
                  title: {given: $.info, severity: error, then: {field: x-title, function: truthy}}
                  contact: {given: $.info, severity: error, then: {field: contact, function: truthy}}
                  license: {given: $.info, severity: error, recommended: false, then: {field: license, function: truthy}}
                  swagger-only: {given: $.info, formats: [oas2], then: {field: x-legacy, function: truthy}}
                """);
        fixture.file("opt-in.yaml", """
                rules:
                  opt-in: {given: $.info, severity: error, then: {field: x-opt, function: truthy}}
                """);
        CheckOutcome outcome = run("""
                extends:
                  - ./base/base.yaml
                  - [opt-in.yaml, "off"]
                rules:
                  contact: info
                  title: "off"
                  opt-in: true
                """);

        assertThat(outcome.countsByRule()).containsOnlyKeys("contact", "opt-in");
        assertThat(RulesFixture.byRule(outcome, "contact").get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fixture.load("rules.yaml").disabled()).containsExactlyInAnyOrder("title", "license");
    }

    @Test
    void builtInRuleSetsAndCustomFunctionsAreNotTestedWithTheReasonAndTheRestRuns() throws Exception {
        CheckOutcome outcome = run("""
                extends: [spectral:oas, [spectral:asyncapi, all]]
                functions: [isGood]
                functionsDir: lib
                rules:
                  operation-operationId: error
                  info-contact: "off"
                  custom: {given: $.info, then: {function: isGood}}
                  unknown: {given: $.info, then: {function: isBad}}
                  unreadable: {given: "$.paths[(@.length-1)]", then: {function: truthy}}
                  description: {given: $.info, then: {field: description, function: truthy}}
                """);

        assertThat(outcome.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(outcome.countsByRule()).containsOnlyKeys("spectral:oas", "operation-operationId", "custom", "unknown", "unreadable");
        assertThat(outcome.findings()).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
        assertThat(RulesFixture.byRule(outcome, "custom").get(0).message())
                .isEqualTo("Not tested: it calls the custom function \"isGood\", JavaScript from the rule set's lib folder, which this tool does not run.");
        assertThat(RulesFixture.byRule(outcome, "operation-operationId").get(0).message()).contains("spectral:oas");
        assertThat(RulesFixture.byRule(outcome, "unreadable").get(0).message()).contains("$.paths[(@.length-1)]");
        assertThat(outcome.reason().en()).startsWith("5 of the 6 rules could not be evaluated");
        assertThat(outcome.reason().in(Locale.CHINESE)).contains("无法求值");
    }

    @Test
    void aRuleSetOfWhichNothingRunsIsNotTested() throws Exception {
        CheckOutcome outcome = run("""
                extends: spectral:oas
                rules: {}
                """);

        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(outcome.reason().en()).contains("None of the rules could be evaluated");
    }

    @Test
    void formatsDecideWhichRulesApply() throws Exception {
        PreparedCheck check = fixture.rules("""
                rules:
                  oas2-only: {given: $.info, formats: [oas2], severity: error, then: {field: x-2, function: truthy}}
                  oas3-1-only: {given: $.info, formats: ["oas3.1"], severity: error, then: {field: x-31, function: truthy}}
                  oas3-0-only: {given: $.info, formats: [oas3_0], severity: error, then: {field: x-30, function: truthy}}
                """);

        assertThat(fixture.run(check, "api.json", API).countsByRule()).containsOnlyKeys("oas3-1-only");
        assertThat(fixture.run(check, "swagger.yaml", "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")
                .countsByRule()).containsOnlyKeys("oas2-only");
        CheckOutcome notApi = fixture.run(check, "other.json", "{\"info\": {}}");
        assertThat(notApi.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(notApi.countsByRule()).containsOnlyKeys("unrecognized-format");
        CheckOutcome none = fixture.run(fixture.rules("""
                rules:
                  oas2-only: {given: $.info, formats: [oas2], then: {field: x-2, function: truthy}}
                """), "api.json", API);
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(none.reason().en()).contains("OpenAPI 3.1");
    }

    @Test
    void referencesAreResolvedAndFindingsLocatedWhereTheValueIsWritten() throws Exception {
        CheckOutcome outcome = run("""
                rules:
                  problem-json:
                    severity: error
                    given: "$.paths.*.*.responses[?(@property >= '400')].content"
                    then: {field: application/problem+json, function: truthy}
                  snake-properties:
                    severity: warn
                    given: "$.paths.*.*.responses.*.content.*.schema..properties.*~"
                    then: {function: casing, functionOptions: {type: camel}}
                  raw-refs:
                    resolved: false
                    severity: info
                    given: "$.paths.*.*.responses[?(@property >= '400')]"
                    then: {field: $ref, function: undefined}
                """);

        assertThat(RulesFixture.byRule(outcome, "problem-json")).singleElement().satisfies(finding ->
                assertThat(finding.location().pointer()).isEqualTo("/components/responses/Problem/content/application~1problem+json"));
        assertThat(RulesFixture.byRule(outcome, "snake-properties")).singleElement().satisfies(finding -> {
            assertThat(finding.location().pointer()).isEqualTo("/components/schemas/Parcel/properties/parcel_id");
            assertThat(finding.location().line()).isEqualTo(19);
        });
        assertThat(RulesFixture.byRule(outcome, "raw-refs")).hasSize(2);
    }

    @Test
    void remoteReferencesAreNotFetchedAndBrokenOnesFail() throws Exception {
        PreparedCheck check = fixture.rules("""
                rules:
                  title: {given: $.info, then: {field: title, function: truthy}}
                """);
        CheckOutcome remote = fixture.run(check, "remote.yaml", """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a: {$ref: "https://example.org/paths.yaml#/a"}
                """);
        CheckOutcome broken = fixture.run(check, "broken.yaml", """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a: {$ref: "#/components/pathItems/a"}
                """);

        assertThat(remote.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(RulesFixture.byRule(remote, "unresolved-ref")).singleElement().satisfies(finding -> {
            assertThat(finding.location().pointer()).isEqualTo("/paths/~1a/$ref");
            assertThat(finding.location().line()).isEqualTo(4);
        });
        assertThat(broken.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(RulesFixture.byRule(broken, "invalid-ref")).hasSize(1);
    }

    @Test
    void aDescriptionWhoseReferencesMultiplyIsWalkedOncePerPlace() throws Exception {
        StringBuilder schemas = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            schemas.append("    s").append(i).append(": {type: object, properties: {a: {$ref: '#/components/schemas/s").append(i + 1)
                    .append("'}, b: {$ref: '#/components/schemas/s").append(i + 1).append("'}}}\n");
        }
        schemas.append("    s60: {type: string, enum: [x]}\n");
        String api = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas;
        PreparedCheck check = fixture.rules("""
                rules:
                  enums: {given: "$..[?(@ && @.type == 'string')]..enum[*]", then: {function: casing, functionOptions: {type: macro}}}
                  props: {given: "$..properties..properties..properties.*~", then: {function: casing, functionOptions: {type: flat}}}
                """);

        CheckOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> fixture.run(check, "dag.yaml", api));

        assertThat(RulesFixture.byRule(outcome, "enums")).singleElement()
                .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/components/schemas/s60/enum/0"));
    }

    @Test
    void hostileAndBrokenDescriptionsAreErrorsWithTheReadersMessages() throws Exception {
        PreparedCheck check = fixture.rules("""
                rules:
                  title: {given: "$..title", then: {function: truthy}}
                """);
        StringBuilder bomb = new StringBuilder("openapi: 3.0.3\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous).append(", *")
                    .append(previous).append(", *").append(previous).append(", *").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append(", *").append(previous).append("]\n");
        }
        assertThatThrownBy(() -> fixture.run(check, "bomb.yaml", bomb.toString())).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("bomb.yaml");
        assertThatThrownBy(() -> fixture.run(check, "deep.json", "[".repeat(5_000) + "]".repeat(5_000)))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("deep.json").hasMessageContaining("1000");
        assertThatThrownBy(() -> fixture.run(check, "cut.json", "{\"openapi\": \"3.0.3\", \"info\": {"))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("cut.json");
        assertThatThrownBy(() -> fixture.run(check, "empty.yaml", "")).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aDescriptionNestedToTheLimitIsWalkedWithoutRunningOutOfStack() throws Exception {
        String deep = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"x\": "
                + "[".repeat(995) + "{\"title\": 1}" + "]".repeat(995) + "}";
        CheckOutcome outcome = fixture.check("""
                rules:
                  titles: {given: "$..[?(@.title)]", severity: error, then: {field: title, function: pattern, functionOptions: {match: "^T"}}}
                  whole: {given: $, severity: error, then: {function: schema, functionOptions: {schema: {type: object, required: [paths]}}}}
                """, "deep.json", deep);

        assertThat(outcome.countsByRule()).containsOnlyKeys("whole");
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aRegularExpressionThatBacktracksForeverStopsWithTheCheck() throws Exception {
        PreparedCheck check = fixture.rules("""
                rules:
                  redos: {given: $.info.title, then: {function: pattern, functionOptions: {match: "^(a+)+$"}}}
                """);
        Path file = folder.resolve("redos.yaml");
        Files.writeString(file, "openapi: 3.0.3\ninfo: {title: " + "a".repeat(50_000) + "!, version: '1'}\npaths: {}\n");
        ForwardingCheckContext stopped = new ForwardingCheckContext() {
            @Override
            public void checkpoint() throws IOException {
                throw new InterruptedIOException("check stopped");
            }
        };

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() ->
                check.check(new ArtifactIntake().inPlace("api", file), stopped)).isInstanceOf(InterruptedIOException.class));
    }

    @Test
    void brokenRuleSetsRefuseTheSuite() throws Exception {
        fixture.file("loop-a.yaml", "extends: ./loop-b.yaml\nrules: {}\n");
        fixture.file("loop-b.yaml", "extends: ./loop-a.yaml\nrules: {}\n");
        fixture.file("unknown.yaml", "rules:\n  nobody-defines-me: error\n");
        fixture.file("outside.yaml", "extends: ../../elsewhere.yaml\nrules: {}\n");

        assertThatThrownBy(() -> fixture.prepare("loop-a.yaml")).isInstanceOf(ConformanceException.class)
                .hasMessageContaining("extends itself");
        assertThatThrownBy(() -> fixture.prepare("unknown.yaml")).isInstanceOf(ConformanceException.class)
                .hasMessageContaining("nobody-defines-me");
        assertThatThrownBy(() -> fixture.prepare("outside.yaml")).isInstanceOf(ConformanceException.class)
                .hasMessageContaining("outside the suite package");
        assertThatThrownBy(() -> fixture.prepare("missing.yaml")).isInstanceOf(ConformanceException.class);
    }

    @Test
    void yamlMergeKeysMakeRulesOutOfOthers() throws Exception {
        CheckOutcome outcome = run("""
                rules:
                  strict: &strict
                    given: $.info
                    severity: error
                    message: "needs {{property}}"
                    then: {field: x-id, function: truthy}
                  relaxed:
                    <<: *strict
                    severity: warn
                """);

        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("strict", Severity.ERROR, "needs x-id"),
                org.assertj.core.groups.Tuple.tuple("relaxed", Severity.WARNING, "needs x-id"));
    }
}
