package org.normative.app.gui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one way app code leaves the FX thread: {@code BackgroundTask.wrap(title, work).onSuccess(...).onFailure(...)
 * .executeWith(executor)}. The work runs off the FX thread; the callbacks run on it (with the synchronous executor
 * of the tests, everything runs on the caller's thread).
 */
public final class BackgroundTask<T> {

    /** The work itself: may throw, should look at {@link Progress#isCancelled()} between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String title() {
        return title;
    }

    T run(Progress progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Exception error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
