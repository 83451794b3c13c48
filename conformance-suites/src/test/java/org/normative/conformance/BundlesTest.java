package org.normative.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundle of the conformance module: the same keys in both languages, no blank text, valid patterns, no lost apostrophes. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/normative/conformance/"})
    void bundleIsCompleteInBothLanguagesAndEveryMessageFormats(String folder) throws IOException {
        Properties english = load(folder + "messages.properties");
        Properties chinese = load(folder + "messages_zh.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (Properties messages : new Properties[] {english, chinese}) {
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                assertThat(text).as(folder + key).isNotBlank();
                assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
                        .as(folder + key).doesNotContain("{");
                // MessageFormat drops a single apostrophe: "evaluator's" must be written "evaluator''s"
                assertThat(text.replace("''", "")).as(folder + key).doesNotContain("'");
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
