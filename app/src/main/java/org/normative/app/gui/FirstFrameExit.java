package org.normative.app.gui;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The cold-start hook of the desktop benchmark (docs/performance.md): with
 * {@code -Dnormative.bench.exitAfterFirstFrame=true} the app prints the time from the start of its process to its
 * first frame, and the CPU time it took (which says more than the wall time on a loaded machine), then closes its
 * window, so that the whole process can be timed. The first frame is the first pulse that lays out the shown
 * window; the line is printed once that pulse is over.
 */
final class FirstFrameExit {

    static final String PROPERTY = "normative.bench.exitAfterFirstFrame";

    private FirstFrameExit() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call on the FX thread once the window is shown. */
    static void after(Stage window) {
        Scene scene = window.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                Duration sinceStart = ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now())).orElse(Duration.ZERO);
                Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
                System.out.println("normative: first frame " + sinceStart.toMillis() + " ms after the process started, "
                        + cpu.toMillis() + " ms of CPU");
                window.hide();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
