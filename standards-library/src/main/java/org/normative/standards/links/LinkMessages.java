package org.normative.standards.links;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.normative.standards.LocalizedText;

/** The messages of impact analysis and link checks, from {@code org/normative/standards/links/messages*.properties}. */
final class LinkMessages {

    private static final String BUNDLE = "org.normative.standards.links.messages";

    private LinkMessages() {
    }

    /** The message in English and Simplified Chinese. */
    static LocalizedText text(String key, Object... arguments) {
        return LocalizedText.of(format(Locale.ENGLISH, key, arguments), format(Locale.SIMPLIFIED_CHINESE, key, arguments));
    }

    /**
     * The message in the given language, English where there is no translation, the key where there is no message.
     * An argument that is a {@link LocalizedText} is shown in that language too.
     */
    static String format(Locale locale, String key, Object... arguments) {
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof LocalizedText text ? text.in(locale) : arguments[i];
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(localized);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The name of a link type for people ("normative reference", "规范性引用"). */
    static LocalizedText typeName(LinkType type) {
        return text("type." + type.name());
    }
}
