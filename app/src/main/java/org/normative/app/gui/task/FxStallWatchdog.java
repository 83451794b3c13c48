package org.normative.app.gui.task;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javafx.application.Platform;

/**
 * Measures how long the FX thread is kept from running what is posted to it: every tick it posts a probe (unless the
 * last one has not run yet) and records how late the probe ran. The longest delay is the longest time the window
 * could not repaint or answer a click. Used by the desktop benchmarks (docs/performance.md); any view's heavy work can
 * be measured by starting one, doing the work and reading {@link #longestStall()}.
 */
public final class FxStallWatchdog implements AutoCloseable {

    private final Executor fxThread;
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    private ScheduledExecutorService ticker;
    private long pendingSince = -1;
    private long longest;

    /**
     * @param fxThread where probes are posted ({@code Platform::runLater}; a queue in tests)
     * @param nanoTime the clock ({@code System::nanoTime}; a fake one in tests)
     */
    public FxStallWatchdog(Executor fxThread, LongSupplier nanoTime) {
        this.fxThread = fxThread;
        this.nanoTime = nanoTime;
    }

    /** A watchdog on the real FX thread, probing every {@code interval} from a daemon thread until closed. */
    public static FxStallWatchdog start(Duration interval) {
        FxStallWatchdog watchdog = new FxStallWatchdog(Platform::runLater, System::nanoTime);
        watchdog.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fx-stall-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.ticker.scheduleAtFixedRate(watchdog::tick, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        return watchdog;
    }

    /** Posts a probe, unless the last one is still waiting: its delay already covers this tick. */
    public void tick() {
        long now = nanoTime.getAsLong();
        synchronized (lock) {
            if (pendingSince >= 0) {
                return;
            }
            pendingSince = now;
        }
        fxThread.execute(this::probeRan);
    }

    private void probeRan() {
        long now = nanoTime.getAsLong();
        synchronized (lock) {
            longest = Math.max(longest, now - pendingSince);
            pendingSince = -1;
        }
    }

    /** The longest delay since the start or the last reset, counting a probe that is still waiting. */
    public Duration longestStall() {
        long now = nanoTime.getAsLong();
        synchronized (lock) {
            return Duration.ofNanos(pendingSince >= 0 ? Math.max(longest, now - pendingSince) : longest);
        }
    }

    /** Forgets the delays so far, to measure the next piece of work on its own. */
    public void reset() {
        synchronized (lock) {
            longest = 0;
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
