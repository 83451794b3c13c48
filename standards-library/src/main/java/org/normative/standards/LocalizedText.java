package org.normative.standards;

import java.util.Locale;

/**
 * A text held in English and Simplified Chinese, as titles and names are in digital-government work. Either may be
 * missing; {@link #in(Locale)} falls back to the other rather than showing nothing.
 */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        en = blankToNull(en);
        zh = blankToNull(zh);
        if (en == null && zh == null) {
            throw new IllegalArgumentException("a localized text needs English or Chinese text");
        }
    }

    public static LocalizedText of(String en, String zh) {
        return new LocalizedText(en, zh);
    }

    public String in(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred != null ? preferred : (chinese ? en : zh);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
