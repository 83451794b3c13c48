package org.normative.bench.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.normative.bench.BenchmarkPage;
import org.normative.bench.HeapPeak;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/**
 * A streaming check against the plain parser it runs on, over the same generated file in the same JVM, one after
 * the other in each round, after a warm-up round that is not counted (as {@code TableBenchmark} does for CSV).
 * One more check after the measured rounds is profiled with JFR, so a missed target comes with where the time went.
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

    /** What a race measured: mean seconds per measured round of each side, the last outcome, heap and profile. */
    record Result(double rawSeconds, double checkSeconds, CheckOutcome outcome, long peakMebibytes, String profile, int rounds) {
    }

    /** Warm-up round, then {@code rounds} measured rounds, then one more check that is profiled and not counted. */
    Result race(String parser, RawParse raw, PreparedCheck check, int rounds) throws Exception {
        double rawSeconds = 0;
        double checkSeconds = 0;
        TimedCheck last = null;
        long peak;
        // intake (hashing the file) is a step of its own in a run, before any check: not part of the check's time
        Artifact artifact = new ArtifactIntake().inPlace("data", file);
        try (HeapPeak heap = HeapPeak.start()) {
            for (int round = 0; round <= rounds; round++) {
                long start = System.nanoTime();
                long counted = raw.parse(file);
                double parsed = (System.nanoTime() - start) / 1e9;
                last = TimedCheck.run(check, artifact, false);
                System.out.printf(Locale.ROOT, "round %d: %s %.2f s (%,d), check %.2f s, %s%n", round, parser, parsed, counted,
                        last.seconds(), last.outcome().verdict());
                if (round > 0) {
                    rawSeconds += parsed / rounds;
                    checkSeconds += last.seconds() / rounds;
                }
            }
            peak = heap.mebibytes();
        }
        String profile = TimedCheck.run(check, artifact, true).profile();
        return new Result(rawSeconds, checkSeconds, last.outcome(), peak, profile, rounds);
    }

    /** Runs the race on a file that must pass and adds the throughput rows, the ratio's target and the profile. */
    void run(String parser, String checkName, RawParse raw, PreparedCheck check, BenchmarkPage page) throws Exception {
        Result result = race(parser, raw, check, megabytes >= 512 ? 1 : 3);
        if (result.outcome().verdict() != Verdict.PASS) {
            throw new IllegalStateException("the generated file should pass: " + result.outcome().findings().stream().limit(3).toList());
        }
        double rawRate = megabytes / result.rawSeconds();
        double checkRate = megabytes / result.checkSeconds();
        double ratio = checkRate / rawRate;
        page.row("plain " + parser + " parse", BenchmarkPage.megabytesPerSecond(rawRate), "")
                .row("`" + checkName + "` check", BenchmarkPage.megabytesPerSecond(checkRate), "verdict " + result.outcome().verdict())
                .target("check ÷ raw throughput", String.format(Locale.ROOT, "%.2f", ratio), "0.5 or more", ratio >= 0.5);
        rest(checkName, result, page);
    }

    /** The rows every race ends with: peak heap, rounds, and the profile of the last check. */
    static void rest(String checkName, Result result, BenchmarkPage page) {
        page.row("peak heap, polled (max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)",
                        result.peakMebibytes() + " MiB", "whole JVM, both parsers")
                .row("rounds", result.rounds() + " measured after 1 warm-up", "")
                .section("Profile of one more `" + checkName + "` check (not timed)", result.profile());
    }
}
