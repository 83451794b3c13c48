package org.normative.conformance.check.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.suite.PackageResources;

/**
 * The UKHSA API rule set (which extends Zalando's) loaded as published, run on its own example API and on a broken
 * copy of it. What it prints is the table of docs/openapi-rules.md.
 */
class UkhsaRulesetTest {

    static final Path CORPUS = Path.of(System.getProperty("user.dir")).resolve("../../shared/corpus/uk-ukhsa-api-rules");
    static final Path EXAMPLE = CORPUS.resolve("example/example.1.0.0.oas.yml");

    private static Ruleset ruleset() throws Exception {
        return new RulesetLoader(new PackageResources(CORPUS), "/conf/ukhsa").load("ukhsa.oas.rules.yml");
    }

    private static PreparedCheck check() throws Exception {
        return new OpenApiRulesKind().prepare(new org.normative.conformance.check.CheckDeclaration(OpenApiRulesKind.ID, "/conf/ukhsa",
                Map.of("ruleset", "ukhsa.oas.rules.yml"), ""), new PackageResources(CORPUS));
    }

    @Test
    void theRulesetLoadsAsPublishedWithEveryRuleRunOrNotTestedWithAReason() throws Exception {
        Ruleset ruleset = ruleset();
        Map<String, String> untested = new TreeMap<>();
        ruleset.untested().forEach(rule -> untested.put(rule.name(), rule.reason().en()));

        assertThat(untested).containsOnlyKeys("vacuum:oas", "must-use-valid-version-info-schema",
                "must-use-valid-version-info-schema-pygeoapi", "must-define-critical-problem-responses",
                "must-define-security-problem-responses", "must-always-return-json-objects-as-top-level-data-structures",
                "should-limit-number-of-resource-types", "must-use-valid-problem-json-schema");
        assertThat(untested.get("must-define-critical-problem-responses"))
                .contains("custom function \"hasRequiredProblemDetailsErrorResponses\"").contains("dist/functions");
        assertThat(untested.get("vacuum:oas")).contains("not available");
        assertThat(ruleset.rules()).hasSizeGreaterThan(40);
        assertThat(ruleset.disabled()).contains("must-use-snake-case-for-property-names", "must-have-info-x-api-id",
                "should-not-use-api-as-base-path");
        System.out.println("RUN " + ruleset.rules().stream().map(Rule::name).sorted().toList());
        System.out.println("OFF " + ruleset.disabled().stream().sorted().toList());
        untested.forEach((name, reason) -> System.out.println("NOT_TESTED " + name + ": " + reason));
    }

    @Test
    void theExampleApiBreaksNoRuleThatRunsAndIsInconclusiveForTheRest() throws Exception {
        CheckOutcome outcome = RulesFixture.run(check(), EXAMPLE);

        print(outcome);
        assertThat(RulesFixture.byRule(outcome, "must-define-critical-problem-responses")).singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
        assertThat(outcome.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(outcome.reason().en()).startsWith("8 of the 60 rules could not be evaluated");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(outcome.countsByRule()).hasSize(8);
    }

    @Test
    void aBrokenCopyFailsOnTheRulesItBreaks(@TempDir Path folder) throws Exception {
        String broken = Files.readString(EXAMPLE)
                .replace("x-audience: public-external", "x-audience: everyone")
                .replace("  - url: https://azgw.api.ukhsa.gov.uk/detect/testing/v1", "  - url: http://azgw.api.ukhsa.gov.uk/detect/testing/v1")
                .replace("operationId: getResults", "operationId: getResults\n      requestBody:\n        content: {}");
        Path file = folder.resolve("broken.oas.yml");
        Files.writeString(file, broken);

        CheckOutcome outcome = RulesFixture.run(check(), file);

        print(outcome);
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(RulesFixture.byRule(outcome, "must-have-info-api-audience")).singleElement().satisfies(finding -> {
            assertThat(finding.location().pointer()).isEqualTo("/info/x-audience");
            assertThat(finding.location().line()).isEqualTo(7);
        });
        assertThat(RulesFixture.byRule(outcome, "must-use-https-protocol-only")).singleElement()
                .satisfies(finding -> assertThat(finding.location().pointer()).isEqualTo("/servers/0/url"));
        assertThat(RulesFixture.byRule(outcome, "must-not-define-request-body-for-get-requests")).hasSize(1);
    }

    @Test
    void theRulesSelectThePlacesTheirPathsMeanInTheExample() throws Exception {
        var read = new org.normative.conformance.input.json.HardenedJsonReader(org.normative.conformance.check.Limits.DEFAULT)
                .read(Files.newInputStream(EXAMPLE), org.normative.conformance.input.json.JsonFormat.YAML, "example");
        Map<String, Integer> places = new TreeMap<>();
        for (Rule rule : ruleset().rules()) {
            ApiDocument document = rule.resolved() ? ApiDocument.resolved(read.root()) : ApiDocument.raw(read.root());
            int selected = 0;
            for (JsonPath given : rule.given()) {
                selected += given.select(document, document.root(), document.root(),
                        org.normative.conformance.check.RecordingCheckContext.standalone()).size();
            }
            places.put(rule.name(), selected);
            System.out.println("PLACES " + rule.name() + " " + selected);
        }

        assertThat(places).containsEntry("must-specify-default-response", 4) // the four operations
                .containsEntry("must-use-normalized-paths", 3) // the three path names
                .containsEntry("must-use-problem-json-as-default-response", 1) // one shared component
                .containsEntry("must-have-info-api-audience", 1) // $.info[?(@property === "title" ...)]^
                .containsEntry("must-use-camel-case-for-query-parameters", 6)
                .containsEntry("must-use-camel-case-for-property-names", 32);
        assertThat(places.entrySet()).filteredOn(entry -> entry.getKey().contains("-pygeoapi")).hasSize(15)
                .allSatisfy(entry -> assertThat(entry.getValue()).as(entry.getKey()).isZero());
    }

    private static void print(CheckOutcome outcome) {
        Map<String, List<Finding>> byRule = outcome.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.toList()));
        System.out.println("VERDICT " + outcome.verdict() + " " + (outcome.reason() == null ? "" : outcome.reason().en()));
        byRule.forEach((rule, findings) -> {
            Finding first = findings.get(0);
            System.out.println("FINDING " + rule + " " + first.severity() + " x" + findings.size() + " " + first.location() + " | " + first.message());
        });
    }
}
