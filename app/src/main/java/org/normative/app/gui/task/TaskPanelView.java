package org.normative.app.gui.task;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.normative.app.gui.i18n.Localization;

/**
 * The task panel at the bottom of the window: every running background task with its progress and a cancel
 * button. It takes no room while nothing runs. A reusable control, so plain Java rather than FXML.
 */
public final class TaskPanelView {

    private final TaskPanelViewModel viewModel;
    private final Localization localization;

    public TaskPanelView(TaskPanelViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    public Node node() {
        ListView<TaskItem> list = new ListView<>(viewModel.running());
        list.setId("task-panel");
        list.setFixedCellSize(34);
        list.prefHeightProperty().bind(Bindings.min(4, Bindings.size(viewModel.running())).multiply(34).add(2));
        list.visibleProperty().bind(Bindings.isNotEmpty(viewModel.running()));
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(view -> new TaskCell());
        return list;
    }

    private final class TaskCell extends ListCell<TaskItem> {
        @Override
        protected void updateItem(TaskItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(180);
            bar.progressProperty().bind(item.progress());
            Label message = new Label();
            message.textProperty().bind(item.message());
            message.getStyleClass().add("text-muted");
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMaxWidth(Double.MAX_VALUE);
            Button cancel = new Button(localization.text("task.cancel"));
            cancel.setOnAction(e -> viewModel.cancel(item));
            HBox row = new HBox(title, bar, message, cancel);
            row.getStyleClass().add("task-row");
            row.setPadding(new Insets(0, 4, 0, 4));
            setGraphic(row);
        }
    }
}
