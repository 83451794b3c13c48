package org.normative.standards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The check every module runs on its message bundles (shared through this module's test jar): the same keys in
 * English and Chinese, no blank text, every pattern formats, and no single apostrophe that MessageFormat would drop.
 */
public final class BundleAssertions {

    private BundleAssertions() {
    }

    /** {@code folder} is a class-path folder such as "/org/normative/standards/" holding messages*.properties. */
    public static void assertCompleteInBothLanguages(Class<?> anchor, String folder) throws IOException {
        Properties english = load(anchor, folder + "messages.properties");
        Properties chinese = load(anchor, folder + "messages_zh.properties");

        assertThat(chinese.stringPropertyNames()).as(folder).isEqualTo(english.stringPropertyNames());
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

    private static Properties load(Class<?> anchor, String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
