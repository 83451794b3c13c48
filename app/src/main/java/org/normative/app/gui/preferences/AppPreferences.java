package org.normative.app.gui.preferences;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

import org.normative.app.gui.theme.Theme;

/**
 * The few things the app remembers between sessions (language, theme), in a small properties file in the per-user
 * data folder. Read once at start-up; written from a background task whenever a choice changes.
 */
public final class AppPreferences {

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";

    private final Path file;
    private final Properties values = new Properties();

    private AppPreferences(Path file) {
        this.file = file;
    }

    /** Loads the preferences from {@code file}; a missing or unreadable file gives the defaults. */
    public static AppPreferences load(Path file) {
        AppPreferences preferences = new AppPreferences(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    public synchronized Locale language(Locale fallback) {
        String tag = values.getProperty(LANGUAGE);
        return tag == null ? fallback : Locale.forLanguageTag(tag);
    }

    public synchronized void setLanguage(Locale language) {
        values.setProperty(LANGUAGE, language.toLanguageTag());
    }

    public synchronized Theme theme() {
        return Theme.parse(values.getProperty(THEME));
    }

    public synchronized void setTheme(Theme theme) {
        values.setProperty(THEME, theme.name());
    }

    /** Writes the file (temporary file, then move, so a crash never leaves half a file). */
    public synchronized void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "preferences", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            values.store(out, "Normative preferences");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
