package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The package's own message bundle: complete in both languages, and holding every key the code uses. */
class StandardXmlMessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(standard\\.xml\\.[A-Za-z0-9.\\-]*[A-Za-z0-9])\"");

    @Test
    void everyKeyTheCodeNamesHasAMessage() throws IOException {
        Properties english = load("messages.properties");
        Set<String> used = new TreeSet<>();
        Path sources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/org/normative/standards/xml");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(20);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StandardXmlMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
