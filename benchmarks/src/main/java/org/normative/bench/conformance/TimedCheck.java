package org.normative.bench.conformance;

import java.time.Duration;

import org.normative.bench.Profile;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.submission.Artifact;

/** One timed run of a prepared check on an artifact already taken in, optionally profiled with JFR. */
record TimedCheck(double seconds, CheckOutcome outcome, String profile) {

    /** Generous: a benchmark measures how long a check takes, it must not be stopped by the product's time limit. */
    private static final Duration TIME_LIMIT = Duration.ofHours(2);

    static TimedCheck run(PreparedCheck check, Artifact artifact, boolean profiled) throws Exception {
        Profile recording = profiled ? Profile.start() : null;
        long start = System.nanoTime();
        RecordingCheckContext context = new RecordingCheckContext(Limits.DEFAULT.withCheckTimeout(TIME_LIMIT), () -> false);
        check.check(artifact, context);
        double seconds = (System.nanoTime() - start) / 1e9;
        String profile = "";
        if (recording != null) {
            profile = recording.stop(15);
            recording.close();
        }
        return new TimedCheck(seconds, context.outcome(), profile);
    }

    long findings() {
        return outcome.countsByRule().values().stream().mapToLong(Long::longValue).sum();
    }
}
