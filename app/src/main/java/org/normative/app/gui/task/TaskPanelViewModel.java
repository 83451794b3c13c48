package org.normative.app.gui.task;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tasks that are running now, for the task panel at the bottom of the main window. */
public final class TaskPanelViewModel {

    private final ObservableList<TaskItem> running = FXCollections.observableArrayList();

    public ObservableList<TaskItem> running() {
        return running;
    }

    public void cancel(TaskItem item) {
        item.handle().cancel();
    }
}
