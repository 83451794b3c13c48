package org.normative.app.gui.task;

/** Runs the work and its callbacks at once on the calling thread, so view-model tests need no FX thread. */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        try {
            task.succeeded(task.run(Progress.NONE));
        } catch (Exception e) {
            task.failed(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
