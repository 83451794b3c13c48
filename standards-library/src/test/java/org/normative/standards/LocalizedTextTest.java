package org.normative.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void eachLanguageGetsItsOwnText() {
        LocalizedText text = LocalizedText.of("Terminology", "术语");

        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Terminology");
        assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("术语");
        assertThat(text.in(Locale.CHINESE)).isEqualTo("术语");
    }

    @Test
    void otherLanguagesGetEnglish() {
        assertThat(LocalizedText.of("Terminology", "术语").in(Locale.GERMAN)).isEqualTo("Terminology");
    }

    @Test
    void missingChineseFallsBackToEnglish() {
        assertThat(LocalizedText.of("Terminology", null).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Terminology");
    }

    @Test
    void missingEnglishFallsBackToChinese() {
        assertThat(LocalizedText.of(null, "术语").in(Locale.ENGLISH)).isEqualTo("术语");
        assertThat(LocalizedText.of(null, "术语").in(Locale.FRENCH)).isEqualTo("术语");
    }

    @Test
    void blankCountsAsMissingAndTextIsStripped() {
        LocalizedText text = LocalizedText.of("   ", " 术语 ");

        assertThat(text.en()).isNull();
        assertThat(text.zh()).isEqualTo("术语");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("术语");
    }

    @Test
    void textInNeitherLanguageIsRefused() {
        assertThatThrownBy(() -> LocalizedText.of(null, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
