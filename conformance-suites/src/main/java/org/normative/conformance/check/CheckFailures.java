package org.normative.conformance.check;

import java.io.IOException;

/** What a check's helper thread failed with, thrown again on the check's own thread as the check may throw it. */
public final class CheckFailures {

    private CheckFailures() {
    }

    /** Throws {@code failure} as it was when the check may throw it, wrapped otherwise; returns when it is null. */
    public static void rethrow(Throwable failure) throws ArtifactException, IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof ArtifactException refused) {
            throw refused;
        }
        if (failure instanceof IOException stopped) {
            throw stopped;
        }
        if (failure instanceof RuntimeException bug) {
            throw bug;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }
}
