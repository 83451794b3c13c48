package org.normative.standards.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.normative.standards.library.Obligation;

class CheckMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CheckMessagesTest.class.getResourceAsStream("/org/normative/standards/check/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyRuleSeverityAndObligationHasAMessage() throws IOException {
        Properties english = load("messages.properties");

        for (Rule rule : Rule.values()) {
            assertThat(english).containsKey(rule.id());
        }
        for (Severity severity : Severity.values()) {
            assertThat(english).containsKey("severity." + severity.name());
        }
        for (Obligation obligation : Obligation.values()) {
            assertThat(english).containsKey("obligation." + obligation.name());
        }
    }

    @Test
    void untranslatedLanguageGetsEnglishAndUnknownKeyGetsTheKey() {
        assertThat(CheckMessages.format(Locale.GERMAN, "severity.ERROR")).isEqualTo("ERROR");
        assertThat(CheckMessages.format(Locale.SIMPLIFIED_CHINESE, "severity.ERROR")).isEqualTo("错误");
        assertThat(CheckMessages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void rulesAreFoundByTheirIds() {
        assertThat(Rule.ofId("must-used")).contains(Rule.MUST_USED);
        assertThat(Rule.ofId("nonsense")).isEmpty();
    }
}
