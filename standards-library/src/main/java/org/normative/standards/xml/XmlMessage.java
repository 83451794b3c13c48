package org.normative.standards.xml;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message for people: a key into {@code org/normative/standards/xml/messages*.properties} and its arguments.
 * An argument may itself be a message (a problem inside "cannot be written as XML: ...", the description of a
 * type), which is put in the same language.
 */
record XmlMessage(String key, List<Object> arguments) {

    private static final String BUNDLE = "org.normative.standards.xml.messages";

    XmlMessage {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    static XmlMessage of(String key, Object... arguments) {
        return new XmlMessage(key, Arrays.asList(arguments));
    }

    /** The message in the given language, English where there is no translation, the key if there is no text. */
    String format(Locale locale) {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Object argument = arguments.get(i);
            values[i] = argument instanceof XmlMessage nested ? nested.format(locale) : argument;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(values);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
