package org.normative.app.gui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog goes through here, so view models can be tested with a recording fake. */
public interface DialogService {

    /** A short message for people, with the technical details (if any) one click away. */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for one line of text per label; empty when cancelled. The answers come in the order of the labels. */
    Optional<List<String>> askTexts(String title, String message, List<String> labels);

    /** Lets people pick one of {@code choices}, each shown by {@code label}; empty when cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label);

    /** Lets people pick files to open, of the given extensions ({@code "zip"}, {@code "xml"}); none when cancelled. */
    List<Path> chooseFiles(String title, List<String> extensions);

    /** Lets people choose where to save a file, proposing {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);

    /** Asks for a password, never shown; empty when cancelled. */
    Optional<char[]> askPassword(String title, String message);

    /**
     * Opens a file in the application the system uses for it (a report in the PDF viewer). It may wait for the
     * system, so callers run it in a background task; it touches no window.
     */
    void openExternally(Path file);
}
