package org.normative.standards;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for people from one resource bundle ({@code messages.properties} + {@code messages_zh.properties}),
 * in English and Simplified Chinese. No fallback to the JVM's default locale: English stays English on a
 * Chinese system.
 */
public final class Messages {

    private final String bundle;

    public Messages(String bundle) {
        this.bundle = bundle;
    }

    /** The message in English and Simplified Chinese. */
    public LocalizedText text(String key, Object... arguments) {
        return LocalizedText.of(format(Locale.ENGLISH, key, arguments), format(Locale.SIMPLIFIED_CHINESE, key, arguments));
    }

    /**
     * The message in the given language, English where there is no translation, the key where there is no message.
     * An argument that is a {@link LocalizedText} is shown in that language too.
     */
    public String format(Locale locale, String key, Object... arguments) {
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof LocalizedText text ? text.in(locale) : arguments[i];
        }
        try {
            ResourceBundle messages = ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(messages.getString(key), locale).format(localized);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
