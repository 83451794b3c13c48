package org.normative.conformance.run;

import java.util.concurrent.atomic.AtomicBoolean;

/** Cancels a run: test cases not yet started are not tested, running checks stop at their next read. */
public final class RunControl {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
