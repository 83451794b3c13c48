package org.normative.app.gui.task;

/** A running task as its starter sees it. */
public interface TaskHandle {

    void cancel();

    boolean isDone();
}
