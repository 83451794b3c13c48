package org.normative.app.gui.task;

/** Runs background tasks: {@link FxTaskExecutor} in the app, {@link SynchronousTaskExecutor} in view-model tests. */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundTask<T> task);
}
