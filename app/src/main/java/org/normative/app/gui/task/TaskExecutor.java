package org.normative.app.gui.task;

/** Runs background tasks: {@link FxTaskExecutor} in the app, {@link SynchronousTaskExecutor} in view-model tests. */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundTask<T> task);

    /**
     * Runs {@code action} on the thread the callbacks run on: how work that reports as it goes (a suite run, test case
     * by test case) shows its steps before it ends.
     */
    void onUiThread(Runnable action);
}
