package org.normative.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a profiled run spent its time: the execution samples of a JFR recording ({@code jdk.ExecutionSample}, as
 * {@code jfr print --events jdk.ExecutionSample} lists them) counted by their top frame, and by the first frame in
 * our own code ({@code org.normative}), which says which of our calls the time went under.
 */
public final class TopFrames {

    private final Map<String, Integer> top = new HashMap<>();
    private final Map<String, Integer> ours = new HashMap<>();
    private final Map<String, Integer> packages = new HashMap<>();
    private int samples;

    public static TopFrames of(Path recording) throws IOException {
        TopFrames frames = new TopFrames();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                frames.count(event.getStackTrace());
            }
        }
        return frames;
    }

    private void count(RecordedStackTrace trace) {
        List<RecordedFrame> frames = trace.getFrames();
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        top.merge(name(frames.get(0)), 1, Integer::sum);
        packages.merge(packageOf(frames.get(0)), 1, Integer::sum);
        frames.stream().filter(f -> name(f).startsWith("org.normative.") && !name(f).startsWith("org.normative.bench."))
                .findFirst().ifPresent(f -> ours.merge(name(f), 1, Integer::sum));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The package of the running method, cut to five parts: enough to tell Xerces from Saxon from our own. */
    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.substring(0, Math.max(0, type.lastIndexOf('.'))).split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(5, parts.length)));
    }

    /** Three Markdown tables of the {@code limit} heaviest: by package and method running, and by our innermost frame. */
    public String markdown(int limit) {
        return samples + " execution samples.\n\n" + table("package of the running method", packages, limit) + "\n"
                + table("running method", top, limit) + "\n"
                + table("innermost frame in our code (everything it calls included)", ours, limit);
    }

    private String table(String heading, Map<String, Integer> counts, int limit) {
        StringBuilder out = new StringBuilder("| " + heading + " | share of samples |\n|---|---|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append("| `").append(e.getKey()).append("` | ")
                        .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / Math.max(1, samples))).append(" |\n"));
        return out.toString();
    }
}
