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

    /** Lets people pick a file to read, of the kind {@code pattern} names (for example {@code *.xlsx}); empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String kind, String pattern);

    /** Lets people pick where to write a file, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String kind, String pattern, String suggestedName);
}
