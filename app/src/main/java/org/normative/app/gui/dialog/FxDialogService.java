package org.normative.app.gui.dialog;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea text = new TextArea(trace.toString());
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(text);
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<List<String>> askTexts(String title, String message, List<String> labels) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        List<TextField> fields = new ArrayList<>();
        for (String label : labels) {
            TextField field = new TextField();
            field.setPrefColumnCount(28);
            grid.addRow(fields.size(), new Label(label), field);
            fields.add(field);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? fields.stream().map(TextField::getText).toList() : null);
        own(dialog);
        if (!fields.isEmpty()) {
            javafx.application.Platform.runLater(fields.get(0)::requestFocus);
        }
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        // ChoiceDialog shows toString(): wrap each choice in what people should read
        record Shown<T>(T value, String text) {
            @Override
            public String toString() {
                return text;
            }
        }
        List<Shown<T>> shown = choices.stream().map(c -> new Shown<>(c, label.apply(c))).toList();
        ChoiceDialog<Shown<T>> dialog = new ChoiceDialog<>(shown.isEmpty() ? null : shown.get(0), shown);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        own(dialog);
        return dialog.showAndWait().map(Shown::value);
    }

    @Override
    public List<Path> chooseFiles(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                extensions.stream().map(e -> e.contains(".") ? e : "*." + e).toList()));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        PasswordField field = new PasswordField();
        field.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        own(dialog);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public void openExternally(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            // Linux desktops without AWT's desktop integration still have xdg-open
            new ProcessBuilder("xdg-open", file.toString()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private void own(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : new ButtonType[] {ButtonType.OK});
        alert.setTitle(title);
        alert.setHeaderText(title);
        own(alert);
        return alert;
    }
}
