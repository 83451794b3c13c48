package org.normative.app.gui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.normative.standards.StandardsException;

/**
 * The language of the desktop app, switchable at run time. Every string people see comes from
 * {@code org/normative/app/gui/i18n/messages*.properties}; views load their FXML with {@link #bundle()} and are
 * rebuilt when {@link #localeProperty()} changes.
 */
public final class Localization {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final String BUNDLE = "org.normative.app.gui.i18n.messages";

    private final ObjectProperty<Locale> locale;

    public Localization(Locale initial) {
        this.locale = new SimpleObjectProperty<>(this, "locale", supported(initial));
    }

    /** The nearest supported language: Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "zh".equals(wanted.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale wanted) {
        locale.set(supported(wanted));
    }

    public ResourceBundle bundle() {
        // no fallback to the JVM's default locale: English must stay English on a Chinese system
        return ResourceBundle.getBundle(BUNDLE, locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** What to tell people about a failure: the library's own message in their language, else the plain cause. */
    public String describe(Exception error) {
        if (error instanceof StandardsException known) {
            return known.userMessage(locale());
        }
        if (error instanceof java.io.IOException io) {
            return text("error.io", io.getMessage());
        }
        return error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
    }

    public String text(String key, Object... arguments) {
        try {
            String pattern = bundle().getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
