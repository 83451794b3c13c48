package org.normative.app.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs background tasks on a small pool of daemon threads as JavaFX {@link Task}s: progress and messages reach the
 * task panel, callbacks run on the FX thread, and a task leaves the panel when it ends.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService pool;
    private final TaskPanelViewModel panel;

    public FxTaskExecutor(TaskPanelViewModel panel) {
        this.panel = panel;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "normative-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(task.title());
                Task<T> self = this;
                return task.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                fxTask.cancel(true);
            }

            @Override
            public boolean isDone() {
                return fxTask.isDone();
            }
        };
        TaskItem item = new TaskItem(task.title(), fxTask.progressProperty(), fxTask.messageProperty(), handle);
        fxTask.setOnSucceeded(e -> {
            panel.running().remove(item);
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            panel.running().remove(item);
            Throwable error = fxTask.getException();
            task.failed(error instanceof Exception exception ? exception : new RuntimeException(error));
        });
        fxTask.setOnCancelled(e -> {
            panel.running().remove(item);
            task.cancelled();
        });
        if (pool.isShutdown()) {
            // the app is closing (a callback of a task that just ended asks for more work): nothing more runs
            fxTask.cancel(false);
            return handle;
        }
        runOnFx(() -> panel.running().add(item));
        pool.execute(fxTask);
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        runOnFx(action);
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
