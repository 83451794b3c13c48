package org.normative.standards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.EditionContent;

/**
 * The sample revision of a Chinese authentication standard (auth-2019.json -> auth-2022.json) against its expected
 * JSON and text renderings, kept beside it in the test resources.
 */
class EditionDiffGoldenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ComparedEdition FROM = new ComparedEdition("DG/T 0102", "2019", "60.60");
    private static final ComparedEdition TO = new ComparedEdition("DG/T 0102", "2022", "40.20");

    private final EditionDiff diff = new EditionDiffer().diff(content("auth-2019.json"), content("auth-2022.json"));

    @Test
    void jsonMatchesTheExpectedDocument() throws IOException {
        JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(EditionDiffJson.of(FROM, TO, diff)));

        assertThat(actual).isEqualTo(MAPPER.readTree(resource("auth-2019-2022.expected.json")));
    }

    @Test
    void jsonParsedBackHasTheChangesArray() throws IOException {
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(EditionDiffJson.of(FROM, TO, diff)));

        assertThat(json.at("/from/edition").asText()).isEqualTo("2019");
        assertThat(json.at("/to/stage").asText()).isEqualTo("40.20");
        JsonNode changes = json.get("changes");
        assertThat(changes.isArray()).isTrue();
        assertThat(changes).hasSize(diff.changes().size());
        JsonNode timeout = find(changes, "REQUIREMENT", "/req/dg-0102/session-timeout");
        assertThat(timeout.get("type").asText()).isEqualTo("CHANGED");
        assertThat(timeout.get("significant").asBoolean()).isTrue();
        assertThat(timeout.get("details")).extracting(JsonNode::asText)
                .containsExactly("text", "obligation SHOULD -> SHALL");
        assertThat(timeout.get("wordDiff")).extracting(n -> n.get("kind").asText() + ":" + n.get("text").asText())
                .containsExactly("EQUAL:会话", "DELETED:宜", "INSERTED:应", "EQUAL:在闲置 ", "DELETED:30", "INSERTED:15",
                        "EQUAL: 分钟后失效。");
        JsonNode removed = find(changes, "REQUIREMENT", "/req/dg-0102/password-length");
        assertThat(removed.get("after").isNull()).isTrue();
        assertThat(json.at("/summary/clauses/added").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/significant").asInt()).isEqualTo(diff.significantCount());
    }

    @Test
    void englishTextMatchesTheExpectedRendering() {
        assertThat(EditionDiffText.render(FROM, TO, diff, Locale.ENGLISH))
                .isEqualTo(resource("auth-2019-2022.expected.en.txt"));
    }

    @Test
    void chineseTextMatchesTheExpectedRendering() {
        assertThat(EditionDiffText.render(FROM, TO, diff, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(resource("auth-2019-2022.expected.zh.txt"));
    }

    private static JsonNode find(JsonNode changes, String subject, String key) {
        for (JsonNode change : changes) {
            if (change.get("subject").asText().equals(subject) && change.get("key").asText().equals(key)) {
                return change;
            }
        }
        throw new AssertionError("no " + subject + " " + key + " in " + changes);
    }

    private static EditionContent content(String name) {
        try {
            return MAPPER.readValue(resource(name), EditionContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = EditionDiffGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
