package org.normative.bench.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.normative.bench.BenchmarkPage;
import org.normative.bench.HeapPeak;
import org.normative.bench.Profile;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/**
 * A streaming check against the plain parser it runs on, over the same generated file in the same JVM, one after
 * the other in each round, after a warm-up round that is not counted (as {@code TableBenchmark} does for CSV).
 * The last measured check is profiled with JFR, so a missed target comes with where the time went.
 */
final class StreamingRace {

    /** The plain parse: reads the whole file and returns something it counted, so the JIT cannot drop it. */
    @FunctionalInterface
    interface RawParse {
        long parse(Path file) throws Exception;
    }

    private final Path file;
    private final double megabytes;

    StreamingRace(Path file) throws java.io.IOException {
        this.file = file;
        this.megabytes = Files.size(file) / (1024.0 * 1024.0);
    }

    /** Prepares {@code kind} on the package folder with these check attributes. */
    static PreparedCheck prepare(CheckKind kind, Path folder, Map<String, String> attributes) throws Exception {
        return kind.prepare(new CheckDeclaration(kind.id(), "bench", attributes, null), new PackageResources(folder));
    }

    /** Runs the race and adds its rows (and the profile of the check) to the page. */
    void run(String parser, String checkName, RawParse raw, PreparedCheck check, BenchmarkPage page) throws Exception {
        int rounds = megabytes >= 512 ? 1 : 3;
        double rawRate = 0;
        double checkRate = 0;
        CheckOutcome outcome = null;
        long peak;
        String profile = "";
        // intake (hashing the file) is a step of its own in a run, before any check: not part of the check's time
        Artifact artifact = new ArtifactIntake().inPlace("data", file);
        try (HeapPeak heap = HeapPeak.start()) {
            for (int round = 0; round <= rounds; round++) {
                long start = System.nanoTime();
                long counted = raw.parse(file);
                double rawSeconds = (System.nanoTime() - start) / 1e9;
                Profile recording = round == rounds ? Profile.start() : null;
                start = System.nanoTime();
                RecordingCheckContext context = new RecordingCheckContext(Limits.DEFAULT.withCheckTimeout(Duration.ofHours(2)), () -> false);
                check.check(artifact, context);
                double checkSeconds = (System.nanoTime() - start) / 1e9;
                if (recording != null) {
                    profile = recording.stop(12);
                    recording.close();
                }
                outcome = context.outcome();
                System.out.printf(Locale.ROOT, "round %d: %s %.1f MB/s (%,d), %s %.1f MB/s, %s%n", round, parser,
                        megabytes / rawSeconds, counted, checkName, megabytes / checkSeconds, outcome.verdict());
                if (round > 0) {
                    rawRate += megabytes / rawSeconds / rounds;
                    checkRate += megabytes / checkSeconds / rounds;
                }
            }
            peak = heap.mebibytes();
        }
        if (outcome.verdict() != Verdict.PASS) {
            throw new IllegalStateException("the generated file should pass: " + outcome.findings().stream().limit(3).toList());
        }
        double ratio = checkRate / rawRate;
        page.row("plain " + parser + " parse", BenchmarkPage.megabytesPerSecond(rawRate), "")
                .row("`" + checkName + "` check", BenchmarkPage.megabytesPerSecond(checkRate), "verdict " + outcome.verdict())
                .target("check ÷ raw throughput", String.format(Locale.ROOT, "%.2f", ratio), "0.5 or more", ratio >= 0.5)
                .row("peak heap, polled (max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)", peak + " MiB",
                        "whole JVM, both parsers")
                .row("rounds", rounds + " measured after 1 warm-up", "")
                .section("Profile of the last `" + checkName + "` check", profile);
    }
}
