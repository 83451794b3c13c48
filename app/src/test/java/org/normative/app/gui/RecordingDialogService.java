package org.normative.app.gui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.normative.app.gui.dialog.DialogService;

/** A dialog service for tests: remembers what would have been shown. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    /** What the next {@link #askTexts} calls answer, in turn; cancelled when empty. */
    public final Deque<List<String>> textAnswers = new ArrayDeque<>();
    /** Which choice the next {@link #choose} calls pick, by its label; cancelled when empty. */
    public final Deque<String> choiceAnswers = new ArrayDeque<>();
    /** What the next file choosers answer, in turn; cancelled when empty. */
    public final Deque<Path> fileAnswers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public Optional<List<String>> askTexts(String title, String message, List<String> labels) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        String wanted = choiceAnswers.poll();
        return wanted == null ? Optional.empty() : choices.stream().filter(c -> label.apply(c).startsWith(wanted)).findFirst();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String kind, String pattern, String suggestedName) {
        return Optional.ofNullable(fileAnswers.poll());
    }
}
