package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.input.xml.XmlFixtures;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;

/**
 * Every vector of the shared corpus ({@code cn-national-codes/test-vectors.json}: GB 32100, GB 11643, ISO 7064
 * MOD 11-2), directly and through the table check: the valid ones pass, each invalid one fails for its reason.
 */
class CheckedIdentifierTest {

    private static JsonNode vectors;

    @TempDir
    Path folder;

    @BeforeAll
    static void corpus() throws Exception {
        Path corpus = XmlFixtures.corpus("cn-national-codes");
        assumeTrue(corpus != null, "cn-national-codes corpus not found: skipped");
        vectors = new ObjectMapper().readTree(corpus.resolve("test-vectors.json").toFile());
    }

    @Test
    void unifiedSocialCreditCodesAgreeWithEveryVector() throws Exception {
        JsonNode uscc = vectors.get("uscc_gb32100_2015");
        assertThat(values(uscc.get("valid"))).hasSize(120).allSatisfy(v -> assertThat(CheckedIdentifier.USCC.violation(v)).as(v).isNull());
        for (JsonNode invalid : uscc.get("invalid")) {
            String value = invalid.get("value").asText();
            String reason = invalid.get("reason").asText();
            // "A1110000600037341L" is implementation-dependent in its positions 1-2 (GB 32100 allows letters there);
            // it is invalid here all the same, by its check character
            String expected = reason.startsWith("length") || reason.startsWith("format:") ? "uscc-format" : "uscc-checksum";
            assertThat(CheckedIdentifier.USCC.violation(value)).as(value + " (" + reason + ")").isEqualTo(expected);
        }
        assertThat(uscc.get("invalid")).hasSize(40);
        assertThat(throughTheTable("gb32100", values(uscc.get("valid"))).verdict()).isEqualTo(Verdict.PASS);
        CheckOutcome invalid = throughTheTable("gb32100", values(uscc.get("invalid")));
        assertThat(invalid.findings()).hasSize(40).extracting(f -> f.location().row()).doesNotHaveDuplicates();
    }

    @Test
    void residentIdentityNumbersAgreeWithEveryVectorAndTheirReasons() throws Exception {
        JsonNode ric = vectors.get("ric_gb11643_1999");
        assertThat(values(ric.get("valid"))).hasSize(7).allSatisfy(v -> assertThat(CheckedIdentifier.RIC.violation(v)).as(v).isNull());
        Map<String, String> rules = Map.of("checksum", "ric-checksum", "invalid date", "ric-birth-date",
                "unknown address code", "ric-division", "format", "ric-format");
        for (JsonNode invalid : ric.get("invalid")) {
            String reason = invalid.get("reason").asText();
            String expected = rules.entrySet().stream().filter(e -> reason.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
            assertThat(CheckedIdentifier.RIC.violation(invalid.get("value").asText())).as(reason).isEqualTo(expected);
        }
        assertThat(throughTheTable("gb11643", values(ric.get("valid"))).verdict()).isEqualTo(Verdict.PASS);
        assertThat(throughTheTable("gb11643", values(ric.get("invalid"))).findings()).extracting(Finding::ruleId)
                .containsExactly("ric-checksum", "ric-birth-date", "ric-division", "ric-format", "ric-checksum", "ric-checksum");
    }

    @Test
    void iso7064Mod112AndLuhn() throws Exception {
        for (JsonNode vector : vectors.get("iso7064").get("mod_11_2_generic")) {
            String value = vector.get("value").asText();
            assertThat(CheckedIdentifier.MOD_11_2.violation(value) == null).as(value).isEqualTo(vector.get("valid").asBoolean());
        }
        assertThat(CheckedIdentifier.MOD_11_2.violation("07941")).isEqualTo("mod11-2-checksum");
        assertThat(CheckedIdentifier.MOD_11_2.violation("0X94")).isEqualTo("mod11-2-format");
        assertThat(CheckedIdentifier.LUHN.violation("79927398713")).isNull();
        assertThat(CheckedIdentifier.LUHN.violation("4539578763621486")).isNull();
        assertThat(CheckedIdentifier.LUHN.violation("79927398710")).isEqualTo("luhn-checksum");
        assertThat(CheckedIdentifier.LUHN.violation("7992-7398")).isEqualTo("luhn-format");
        assertThat(throughTheTable("iso7064-mod11-2", List.of("07940", "079X")).verdict()).isEqualTo(Verdict.PASS);
    }

    private CheckOutcome throughTheTable(String checksum, List<String> values) throws Exception {
        TableFixtures fixtures = new TableFixtures(folder.resolve(checksum + values.size()));
        PreparedCheck check = fixtures.prepare("{\"fields\": [{\"name\": \"id\", \"constraints\": {\"checksum\": \"" + checksum + "\"}}]}");
        return fixtures.run(check, "ids.csv", "id\n" + String.join("\n", values) + "\n");
    }

    private static List<String> values(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(vector -> values.add(vector.get("value").asText()));
        return values;
    }
}
