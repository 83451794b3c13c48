package org.normative.standards.links;

import java.util.Locale;

import org.normative.standards.LocalizedText;
import org.normative.standards.Messages;

/** The messages of impact analysis and link checks, from {@code org/normative/standards/links/messages*.properties}. */
final class LinkMessages {

    private static final Messages MESSAGES = new Messages("org.normative.standards.links.messages");

    private LinkMessages() {
    }

    static LocalizedText text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }

    static String format(Locale locale, String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }

    /** The name of a link type for people ("normative reference", "规范性引用"). */
    static LocalizedText typeName(LinkType type) {
        return text("type." + type.name());
    }
}
