package org.normative.standards.check;

import java.util.Locale;

import org.normative.standards.LocalizedText;
import org.normative.standards.Messages;

/** The messages of the editorial checks, from {@code org/normative/standards/check/messages*.properties}. */
final class CheckMessages {

    private static final Messages MESSAGES = new Messages("org.normative.standards.check.messages");

    private CheckMessages() {
    }

    static LocalizedText text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }

    static String format(Locale locale, String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }
}
