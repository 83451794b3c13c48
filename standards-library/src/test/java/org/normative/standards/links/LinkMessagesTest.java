package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LinkMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LinkMessagesTest.class.getResourceAsStream("/org/normative/standards/links/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLinkTypeChangeKindAndLevelHasANameInBothLanguages() {
        for (LinkType type : LinkType.values()) {
            assertThat(LinkMessages.typeName(type).en()).doesNotStartWith("type.");
            assertThat(LinkMessages.typeName(type).zh()).doesNotStartWith("type.");
        }
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(LinkMessages.format(Locale.ENGLISH, "change." + kind.name())).doesNotStartWith("change.");
        }
        for (LinkProblem.Level level : LinkProblem.Level.values()) {
            assertThat(LinkMessages.format(Locale.CHINESE, "level." + level.name())).doesNotStartWith("level.");
        }
    }

    @Test
    void untranslatedLanguageGetsEnglishAndUnknownKeyGetsTheKey() {
        assertThat(LinkMessages.format(Locale.GERMAN, "type.ADOPTS")).isEqualTo("adopts");
        assertThat(LinkMessages.format(Locale.SIMPLIFIED_CHINESE, "type.ADOPTS")).isEqualTo("采用");
        assertThat(LinkMessages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
