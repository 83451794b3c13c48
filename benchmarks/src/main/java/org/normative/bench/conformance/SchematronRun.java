package org.normative.bench.conformance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.normative.bench.ChildJvm;
import org.normative.bench.HeapPeak;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.schematron.SchematronCheckKind;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;

/**
 * One size of {@link SchematronScalingBenchmark}, in a JVM of its own so that its peak heap is its own: the EN 16931
 * UBL rules (the corpus's precompiled XSLT, as the bundled suites use it) on a generated invoice of the given number
 * of lines, after a warm-up on a 100-line invoice. Prints its result line: seconds, peak MiB, findings, verdict.
 * Arguments: {@code lines corpusFolder profile.md|-}.
 */
public final class SchematronRun {

    private SchematronRun() {
    }

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[0]);
        Path corpus = Path.of(args[1]);
        Path folder = Files.createTempDirectory("normative-schematron-bench-");
        long start = System.nanoTime();
        PreparedCheck check = StreamingRace.prepare(new SchematronCheckKind(), corpus,
                Map.of("schema", "xslt/EN16931-UBL-validation.xslt"));
        System.out.printf(Locale.ROOT, "compiled the EN 16931 stylesheet in %.1f s%n", (System.nanoTime() - start) / 1e9);
        Path warmUp = folder.resolve("warm-up.xml");
        GeneratedInvoice.write(corpus, 100, warmUp);
        TimedCheck.run(check, new ArtifactIntake().inPlace("invoice", warmUp), false);
        Path invoice = folder.resolve("invoice.xml");
        GeneratedInvoice.write(corpus, lines, invoice);
        long bytes = Files.size(invoice);
        Artifact artifact = new ArtifactIntake().inPlace("invoice", invoice);
        TimedCheck timed;
        long peak;
        try (HeapPeak heap = HeapPeak.start()) {
            timed = TimedCheck.run(check, artifact, false);
            peak = heap.mebibytes();
        }
        if (!args[2].equals("-")) { // profiled once more, untimed: the recording slows the check down
            Files.writeString(Path.of(args[2]), TimedCheck.run(check, artifact, true).profile(), StandardCharsets.UTF_8);
        }
        System.out.println(ChildJvm.RESULT + String.format(Locale.ROOT, "%d %.3f %d %d %s %d", lines, timed.seconds(), peak,
                timed.findings(), timed.outcome().verdict(), bytes));
        Files.delete(invoice);
        Files.delete(warmUp);
        Files.delete(folder);
    }
}
