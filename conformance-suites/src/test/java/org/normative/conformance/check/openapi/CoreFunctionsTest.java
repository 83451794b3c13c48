package org.normative.conformance.check.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;

/** Each of Spectral's core functions, through the kind, on a small OpenAPI 3.0 description. */
class CoreFunctionsTest {

    private static final String API = """
            openapi: 3.0.3
            info:
              title: Parcels
              version: "1.0"
              x-empty: ""
              contact: {name: Ops, email: ops@example.org}
            servers:
              - url: http://parcels.example.org
            tags:
              - name: zeta
              - name: alpha
            paths:
              /parcels:
                get:
                  operationId: list_parcels
                  parameters:
                    - {name: page, in: query, schema: {type: integer}}
                    - {name: X-Trace-Id, in: header, schema: {type: string}}
                    - {name: x_trace, in: header, schema: {type: string}}
                  responses:
                    "200": {description: ok}
              /parcels/{id}:
                get:
                  operationId: getParcel
                  responses:
                    "200": {description: ok}
                    "418": {description: teapot}
            """;

    private final RulesFixture fixture;

    CoreFunctionsTest(@TempDir Path folder) throws Exception {
        fixture = new RulesFixture(folder);
    }

    private CheckOutcome run(String rules) throws Exception {
        return fixture.check("rules:\n" + rules.indent(2), "api.yaml", API);
    }

    @Test
    void truthyFalsyDefinedAndUndefined() throws Exception {
        CheckOutcome outcome = run("""
                truthy-title: {given: $.info, severity: error, then: {field: title, function: truthy}}
                truthy-empty: {given: $.info, severity: error, then: {field: x-empty, function: truthy}}
                falsy-empty: {given: $.info, severity: error, then: {field: x-empty, function: falsy}}
                defined-license: {given: $.info, severity: error, then: {field: license, function: defined}}
                undefined-contact: {given: $.info, severity: error, then: {field: contact, function: undefined}}
                defined-empty: {given: $.info, severity: error, then: {field: x-empty, function: defined}}
                """);

        assertThat(outcome.countsByRule()).containsOnlyKeys("truthy-empty", "defined-license", "undefined-contact");
        assertThat(RulesFixture.byRule(outcome, "truthy-empty").get(0).message()).isEqualTo("\"x-empty\" property must be truthy");
        assertThat(RulesFixture.byRule(outcome, "defined-license").get(0).location().pointer()).isEqualTo("/info/license");
        assertThat(RulesFixture.byRule(outcome, "defined-license").get(0).location().line()).isEqualTo(3); // nearest: info
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void patternMatchesAndRefusesWithJavaScriptRegularExpressions() throws Exception {
        CheckOutcome outcome = run("""
                https: {given: "$.servers[*].url", then: {function: pattern, functionOptions: {match: "^https://"}}}
                no-example: {given: "$.servers[*].url", then: {function: pattern, functionOptions: {notMatch: "/EXAMPLE/i"}}}
                braces: {given: "$.paths.*~", then: {function: pattern, functionOptions: {match: "^(/([a-z]+|{[^}]*}))+$"}}}
                literal-slashes: {given: "$.paths.*~", then: {function: pattern, functionOptions: {notMatch: "//"}}}
                """);

        assertThat(outcome.countsByRule()).containsOnlyKeys("https", "no-example");
        Finding https = RulesFixture.byRule(outcome, "https").get(0);
        assertThat(https.message()).isEqualTo("\"http://parcels.example.org\" must match the pattern \"^https://\"");
        assertThat(https.location().pointer()).isEqualTo("/servers/0/url");
        assertThat(https.location().line()).isEqualTo(8);
        assertThat(https.actual()).isEqualTo("http://parcels.example.org");
        assertThat(outcome.verdict()).isEqualTo(Verdict.WARNING); // no severity: Spectral's default, warn
    }

    @Test
    void casingKnowsEveryCaseDigitsAndSeparators() throws Exception {
        CheckOutcome outcome = run("""
                camel-ids: {given: "$.paths[*][*].operationId", then: {function: casing, functionOptions: {type: camel}}}
                snake-ids: {given: "$.paths[*][*].operationId", then: {function: casing, functionOptions: {type: snake}}}
                headers: {given: "$..parameters[?(@.in == 'header')].name", then: {function: casing, functionOptions: {type: pascal, separator: {char: "-"}}}}
                flat-tags: {given: "$.tags[*].name", then: {function: casing, functionOptions: {type: flat}}}
                macro-tags: {given: "$.tags[*].name", then: {function: casing, functionOptions: {type: macro}}}
                kebab-paths: {given: "$.paths[*].get.responses[*]~", then: {function: casing, functionOptions: {type: kebab, disallowDigits: true}}}
                cobol-version: {given: "$.info.version", then: {function: casing, functionOptions: {type: cobol}}}
                """);

        assertThat(RulesFixture.byRule(outcome, "camel-ids")).extracting(Finding::actual).containsExactly("list_parcels");
        assertThat(RulesFixture.byRule(outcome, "snake-ids")).extracting(Finding::actual).containsExactly("getParcel");
        assertThat(RulesFixture.byRule(outcome, "headers")).extracting(Finding::actual).containsExactly("x_trace");
        assertThat(RulesFixture.byRule(outcome, "flat-tags")).isEmpty();
        assertThat(RulesFixture.byRule(outcome, "macro-tags")).hasSize(2);
        assertThat(RulesFixture.byRule(outcome, "kebab-paths")).extracting(Finding::actual).containsExactly("200", "200", "418");
        assertThat(RulesFixture.byRule(outcome, "cobol-version").get(0).message()).isEqualTo("\"1.0\" must be cobol case");
    }

    @Test
    void enumerationAndLength() throws Exception {
        CheckOutcome outcome = run("""
                codes: {given: "$.paths.*.*.responses.*~", then: {function: enumeration, functionOptions: {values: ["200", "404"]}}}
                short-title: {given: $.info.title, then: {function: length, functionOptions: {max: 5}}}
                two-servers: {given: $.servers, then: {function: length, functionOptions: {min: 2}}}
                contact-members: {given: $.info.contact, then: {function: length, functionOptions: {max: 1}}}
                bad-options: {given: $.info, then: {function: length, functionOptions: {}}}
                """);

        assertThat(RulesFixture.byRule(outcome, "codes")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("\"418\" must be equal to one of the allowed values: \"200\", \"404\"");
            assertThat(finding.location().pointer()).isEqualTo("/paths/~1parcels~1{id}/get/responses/418");
        });
        assertThat(RulesFixture.byRule(outcome, "short-title").get(0).message()).isEqualTo("\"title\" property must be shorter than 5");
        assertThat(RulesFixture.byRule(outcome, "two-servers").get(0).message()).isEqualTo("\"servers\" property must be longer than 2");
        assertThat(RulesFixture.byRule(outcome, "contact-members")).hasSize(1);
        assertThat(RulesFixture.byRule(outcome, "bad-options").get(0).message()).contains("\"min\" or \"max\" is needed");
        assertThat(outcome.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void schemaReportsEachViolationWhereItIs() throws Exception {
        CheckOutcome outcome = run("""
                info-schema:
                  given: $.info
                  severity: error
                  message: "{{error}}"
                  then:
                    function: schema
                    functionOptions:
                      schema:
                        type: object
                        required: [license]
                        properties:
                          version: {type: string, pattern: "^[0-9]+\\\\.[0-9]+\\\\.[0-9]+$"}
                          contact: {type: object, properties: {email: {type: string, format: email}}}
                missing: {given: $.info, then: {field: x-missing, function: schema, functionOptions: {schema: {type: string}}}}
                draft4: {given: $.info, then: {function: schema, functionOptions: {dialect: draft4, schema: {type: object}}}}
                draft2020: {given: $.info, then: {function: schema, functionOptions: {dialect: draft2020-12, schema: {type: object}}}}
                """);

        assertThat(RulesFixture.byRule(outcome, "info-schema")).extracting(f -> f.location().pointer())
                .containsExactlyInAnyOrder("/info", "/info/version");
        assertThat(RulesFixture.byRule(outcome, "info-schema")).filteredOn(f -> f.location().pointer().equals("/info/version"))
                .singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(4));
        assertThat(RulesFixture.byRule(outcome, "missing").get(0).message()).isEqualTo("\"x-missing\" property must exist");
        assertThat(RulesFixture.byRule(outcome, "draft4")).isEmpty();
        assertThat(RulesFixture.byRule(outcome, "draft2020").get(0).message()).contains("draft2020-12").contains("not supported");
    }

    @Test
    void alphabeticalOrOrXor() throws Exception {
        CheckOutcome outcome = run("""
                tags-sorted: {given: $.tags, then: {function: alphabetical, functionOptions: {keyedBy: name}}}
                info-sorted: {given: $.info.contact, then: {function: alphabetical}}
                paths-sorted: {given: $.paths, then: {function: alphabetical}}
                contact-or: {given: $.info.contact, then: {function: or, functionOptions: {properties: [url, email]}}}
                contact-xor: {given: $.info.contact, then: {function: xor, functionOptions: {properties: [name, email]}}}
                contact-xor-ok: {given: $.info.contact, then: {function: xor, functionOptions: {properties: [url, email]}}}
                """);

        assertThat(outcome.countsByRule()).containsOnlyKeys("tags-sorted", "info-sorted", "contact-xor");
        assertThat(RulesFixture.byRule(outcome, "tags-sorted").get(0).location().pointer()).isEqualTo("/tags/0");
        assertThat(RulesFixture.byRule(outcome, "tags-sorted").get(0).message()).contains("\"zeta\" must be placed after \"alpha\"");
        assertThat(RulesFixture.byRule(outcome, "contact-xor").get(0).message())
                .isEqualTo("\"name\", \"email\" must not be both defined or both undefined");
    }
}
