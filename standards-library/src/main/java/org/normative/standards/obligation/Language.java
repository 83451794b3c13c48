package org.normative.standards.obligation;

/** The language of a verbal form: English (ISO/IEC Directives Part 2) or Chinese (GB/T 1.1-2020). */
public enum Language {
    EN,
    ZH;

    /** Chinese when the text holds a Han character, else English: a guess for texts without a verbal form. */
    static Language guess(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? ZH : EN;
    }
}
