package org.normative.app.gui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running task as the task panel shows it: title, progress (-1 while unknown), message, and cancel. */
public record TaskItem(String title, ReadOnlyDoubleProperty progress, ReadOnlyStringProperty message, TaskHandle handle) {
}
