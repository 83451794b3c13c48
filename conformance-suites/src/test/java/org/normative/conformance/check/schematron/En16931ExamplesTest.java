package org.normative.conformance.check.schematron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;

/**
 * The 48 example invoices and credit notes of EN 16931 are valid against the UBL 2.1 schemas and fire no fatal
 * assertion, as upstream expects; and the rules compiled from the .sch through SchXslt say the same as the
 * precompiled stylesheet on a sample of the examples and the unit tests.
 */
class En16931ExamplesTest {

    @BeforeAll
    static void corpus() {
        assumeTrue(En16931Corpus.present(), En16931Corpus.SKIP_REASON);
    }

    @Test
    void everyExampleIsSchemaValidAndFiresNoFatalAssertion() throws Exception {
        JsonNode examples = En16931Corpus.json("examples/expected.json").get("examples");
        assertThat(examples).hasSize(48);
        List<String> problems = new ArrayList<>();
        for (JsonNode example : examples) {
            Path file = En16931Corpus.ROOT.resolve(example.get("file").asText());
            Artifact artifact = En16931Corpus.artifact(file);
            CheckOutcome schema = En16931Corpus.run(En16931Corpus.schemaFor(file), artifact);
            if (schema.verdict() != Verdict.PASS) {
                problems.add(file.getFileName() + " schema " + schema.findings());
            }
            CheckOutcome rules = En16931Corpus.run(En16931Corpus.precompiled(), artifact);
            List<Finding> fatal = rules.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!fatal.isEmpty()) {
                problems.add(file.getFileName() + " fatal " + fatal);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rulesCompiledFromThePreprocessedSchAgreeWithThePrecompiledStylesheet() throws Exception {
        assertSameFindingsOnSample(En16931Corpus.fromPreprocessedSch());
    }

    /** Slow (SchXslt expands the abstract patterns for over a minute): {@code -Dsurefire.excludedGroups=none}. */
    @Test
    @Tag("slow")
    void rulesCompiledFromTheOriginalSchAgreeWithThePrecompiledStylesheet() throws Exception {
        assertSameFindingsOnSample(En16931Corpus.fromOriginalSch());
    }

    /** Every 6th example and every 15th unit test: the same rules fire, as often, at the same severity. */
    private static void assertSameFindingsOnSample(PreparedCheck fromSch) throws Exception {
        List<Path> sample = new ArrayList<>();
        JsonNode examples = En16931Corpus.json("examples/expected.json").get("examples");
        for (int i = 0; i < examples.size(); i += 6) {
            sample.add(En16931Corpus.ROOT.resolve(examples.get(i).get("file").asText()));
        }
        JsonNode unitTests = En16931Corpus.json(En16931Agreement.UNIT_TESTS + "/expected.json").get("tests");
        for (int i = 0; i < unitTests.size(); i += 15) {
            sample.add(En16931Corpus.ROOT.resolve(En16931Agreement.UNIT_TESTS).resolve(unitTests.get(i).get("file").asText()));
        }
        int firings = 0;
        for (Path file : sample) {
            Artifact artifact = En16931Corpus.artifact(file);
            Map<String, Long> precompiled = firings(En16931Corpus.run(En16931Corpus.precompiled(), artifact));
            assertThat(firings(En16931Corpus.run(fromSch, artifact))).as(file.getFileName().toString()).isEqualTo(precompiled);
            firings += precompiled.values().stream().mapToInt(Long::intValue).sum();
        }
        assertThat(sample).hasSize(69);
        assertThat(firings).as("the sample makes rules fire").isGreaterThan(100);
    }

    /** How often each rule fired at each severity. */
    private static Map<String, Long> firings(CheckOutcome outcome) {
        return outcome.findings().stream()
                .collect(Collectors.groupingBy(f -> f.ruleId() + " " + f.severity(), TreeMap::new, Collectors.counting()));
    }
}
