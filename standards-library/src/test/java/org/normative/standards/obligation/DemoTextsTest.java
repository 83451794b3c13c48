package org.normative.standards.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Obligation;

/** Every clause body of the bundled demo library, read as the clause editor will read it. */
class DemoTextsTest {

    private static final Map<String, Obligation> EXPECTED = new LinkedHashMap<>();

    static {
        expect("DG/T 0001@2024", Obligation.NONE, "scope", "refs", "terms", "term-gov-data", "term-service-item",
                "term-e-licence");
        expect("DG/T 0101@2023", Obligation.NONE, "scope", "refs", "naming");
        expect("DG/T 0101@2023", Obligation.SHALL, "naming-structure", "naming-chars", "ident");
        expect("DG/T 0101@2026", Obligation.NONE, "scope", "refs", "naming");
        expect("DG/T 0101@2026", Obligation.SHALL, "naming-structure", "naming-chars", "naming-english", "ident",
                "versioning");
        expect("DG/T 0102@2026", Obligation.NONE, "scope", "refs");
        expect("DG/T 0102@2026", Obligation.SHALL, "description", "paging", "errors");
        expect("DG/T 0201@2022", Obligation.NONE, "scope");
        expect("DG/T 0201@2022", Obligation.SHALL, "auth");
        expect("DG/T 0201@2025", Obligation.NONE, "scope", "refs");
        expect("DG/T 0201@2025", Obligation.SHALL, "auth", "levels", "session");
        expect("DG/T 0201@2025", Obligation.SHALL_NOT, "auth-password");
        expect("DG/T 0202@2026", Obligation.NONE, "scope");
        expect("DG/T 0202@2026", Obligation.SHALL, "format", "signature");
        expect("DG/T 0301@2025", Obligation.NONE, "scope", "refs");
        expect("DG/T 0301@2025", Obligation.SHALL, "catalogue", "catalogue-code", "catalogue-format");
        expect("DG/T 0401@2024", Obligation.NONE, "refs");
        expect("DG/T 0401@2024", Obligation.SHALL, "scope", "transport", "logging");
    }

    private static void expect(String edition, Obligation obligation, String... clauseKeys) {
        for (String key : clauseKeys) {
            EXPECTED.put(edition + "/" + key, obligation);
        }
    }

    @Test
    void demoClauseBodiesHaveTheirObligations() throws IOException {
        Map<String, Obligation> detected = new LinkedHashMap<>();
        ObligationDetector detector = new ObligationDetector();
        try (InputStream in = getClass().getResourceAsStream("/org/normative/standards/demo/library.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode standard : root.get("standards")) {
                for (JsonNode edition : standard.get("editions")) {
                    String prefix = standard.get("code").asText() + "@" + edition.get("label").asText() + "/";
                    collect(prefix, edition.get("clauses"), detector, detected);
                }
            }
        }

        EXPECTED.forEach((clause, obligation) ->
                assertThat(detected).as(clause).containsEntry(clause, obligation));
    }

    private static void collect(String prefix, JsonNode clauses, ObligationDetector detector,
                                Map<String, Obligation> out) {
        if (clauses == null) {
            return;
        }
        for (JsonNode clause : clauses) {
            String body = clause.path("body").asText("");
            out.put(prefix + clause.get("key").asText(), detector.detect(body).obligation());
            collect(prefix, clause.get("children"), detector, out);
        }
    }
}
