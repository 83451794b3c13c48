package org.normative.standards.publishing;

import java.time.LocalDate;
import java.util.Locale;

import org.normative.standards.Messages;

/** The fixed texts of a standard's document (contents, foreword, labels) in the document's language. */
public final class DocumentText {

    private static final Messages MESSAGES = new Messages("org.normative.standards.publishing.messages");

    private final Locale language;

    public DocumentText(Locale language) {
        this.language = language;
    }

    public String get(String key, Object... arguments) {
        return MESSAGES.format(language, key, arguments);
    }

    /** A date as standards print it: 2026-03-01, the same in both languages. */
    public String date(LocalDate date) {
        return date == null ? get("document.dateOpen") : date.toString();
    }
}
