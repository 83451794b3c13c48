package org.normative.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class StandardsExceptionTest {

    @Test
    void userMessageIsChineseForSimplifiedChinese() {
        StandardsException e = new StandardsException("standard.unknown", "DG/T 0101");

        assertThat(e.userMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("此工作区中没有标准 DG/T 0101。");
    }

    @Test
    void userMessageIsEnglishForEnglish() {
        StandardsException e = new StandardsException("standard.unknown", "DG/T 0101");

        assertThat(e.userMessage(Locale.ENGLISH)).isEqualTo("There is no standard DG/T 0101 in this workspace.");
    }

    @Test
    void untranslatedLanguageGetsEnglish() {
        StandardsException e = new StandardsException("standard.unknown", "DG/T 0101");

        assertThat(e.userMessage(Locale.GERMAN)).isEqualTo("There is no standard DG/T 0101 in this workspace.");
    }

    @Test
    void technicalMessageIsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            StandardsException e = new StandardsException("workspace.notDirectory", Path.of("notes.txt"));

            assertThat(e.getMessage()).isEqualTo("notes.txt is not a folder, so it cannot hold a workspace.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingKeyReturnsTheKey() {
        StandardsException e = new StandardsException("no.such.message", 1, 2);

        assertThat(e.userMessage(Locale.ENGLISH)).isEqualTo("no.such.message");
        assertThat(e.userMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("no.such.message");
        assertThat(e.messageKey()).isEqualTo("no.such.message");
    }

    @Test
    void causeIsKept() {
        IllegalStateException cause = new IllegalStateException("disk");

        assertThat(new StandardsException(cause, "workspace.database", "disk").getCause()).isSameAs(cause);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StandardsException.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
