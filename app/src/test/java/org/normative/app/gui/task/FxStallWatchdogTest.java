package org.normative.app.gui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;

import org.junit.jupiter.api.Test;

/** The watchdog on a fake clock and a queue standing in for the FX thread: no toolkit, no waiting. */
class FxStallWatchdogTest {

    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private long now;
    private final FxStallWatchdog watchdog = new FxStallWatchdog(fxQueue::add, () -> now);

    private void advance(long millis) {
        now += Duration.ofMillis(millis).toNanos();
    }

    private void fxThreadRuns() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    @Test
    void theLongestDelayOfAProbeIsTheStall() {
        watchdog.tick();
        advance(4);
        fxThreadRuns();
        advance(6);
        watchdog.tick();
        advance(150);
        fxThreadRuns();
        watchdog.tick();
        advance(20);
        fxThreadRuns();

        assertThat(watchdog.longestStall()).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aProbeStillWaitingCountsUpToNow() {
        watchdog.tick();
        advance(300);

        assertThat(watchdog.longestStall()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void noSecondProbeIsPostedWhileOneWaits() {
        watchdog.tick();
        advance(10);
        watchdog.tick();
        advance(10);
        watchdog.tick();

        assertThat(fxQueue).hasSize(1);
        fxThreadRuns();
        assertThat(watchdog.longestStall()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void resetForgetsTheStallsBeforeIt() {
        watchdog.tick();
        advance(200);
        fxThreadRuns();
        watchdog.reset();
        watchdog.tick();
        advance(5);
        fxThreadRuns();

        assertThat(watchdog.longestStall()).isEqualTo(Duration.ofMillis(5));
    }
}
