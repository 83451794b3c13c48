package org.normative.app.gui.conformance;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;

/** The small pieces of the conformance views' lists and tables: how an item reads, and selection kept in step. */
public final class Cells {

    private Cells() {
    }

    /** A list cell that shows an item as {@code label} has it (null items too, for "all" choices). */
    public static <T> ListCell<T> labelled(Function<T, String> label) {
        return labelled(label, false);
    }

    /**
     * A combo box's list cells and button cell that show items as {@code label} has them; the button shows a null
     * value too (it comes to the button as an empty cell), so an "all" choice reads as such.
     */
    public static <T> void labelled(ComboBox<T> box, Function<T, String> label) {
        box.setCellFactory(list -> labelled(label, false));
        box.setButtonCell(labelled(label, true));
    }

    private static <T> ListCell<T> labelled(Function<T, String> label, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && !button ? null : label.apply(item));
            }
        };
    }

    /** A table column of text. */
    public static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** The list shows the view model's selection and sets it when people choose (an emptied list keeps it). */
    public static <T> void follow(ListView<T> list, ObjectProperty<T> selected) {
        select(list, selected.get());
        selected.addListener((o, a, b) -> select(list, b));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.set(b);
            }
        });
    }

    private static <T> void select(ListView<T> list, T item) {
        if (item != null && item != list.getSelectionModel().getSelectedItem()) {
            list.getSelectionModel().select(item);
        }
    }
}
