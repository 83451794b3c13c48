package org.normative.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JFR recording (the JDK's "default" settings: an execution sample every 20 ms) around one phase only, so that
 * generating the input does not show in the profile. The phase profiled is an extra run that is not timed: with the
 * "profile" settings a check ran up to five times slower. async-profiler is not on the build machines; JFR is in
 * every JDK.
 */
public final class Profile implements AutoCloseable {

    private final Recording recording;

    private Profile(Recording recording) {
        this.recording = recording;
    }

    public static Profile start() throws IOException {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("default"));
            recording.start();
            return new Profile(recording);
        } catch (ParseException e) {
            throw new IOException("the JDK's JFR profile settings do not parse", e);
        }
    }

    /** Stops the recording and summarises its samples as Markdown (see {@link TopFrames}). */
    public String stop(int limit) throws IOException {
        recording.stop();
        Path file = Files.createTempFile("normative-bench-", ".jfr");
        try {
            recording.dump(file);
            return TopFrames.of(file).markdown(limit);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
