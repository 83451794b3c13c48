package org.normative.standards.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.links.ChangeKind;
import org.normative.standards.links.Endpoint;
import org.normative.standards.links.ImpactAnalyzer;
import org.normative.standards.links.Link;
import org.normative.standards.links.LinkChecker;
import org.normative.standards.links.LinkGraph;
import org.normative.standards.links.LinkGraphData;
import org.normative.standards.links.LinkType;

/**
 * Impact analysis and the link check on a generated library of 10,000 standards (40 committees, one to three
 * editions each) and 100,000 links of every type, dated and undated, a few external and a few dangling. Prints a
 * table and writes {@code docs/performance-links.md}. Run with the {@code bench} profile (docs/performance.md).
 */
public final class LinkBenchmark {

    private LinkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int standards = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int linkCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path out = args.length > 2 ? Path.of(args[2]) : Path.of("docs", "performance-links.md");
        Random random = new Random(2026);
        String[] labels = {"2019", "2023", "2026"};
        List<Standard> library = new ArrayList<>(standards);
        for (int i = 0; i < standards; i++) {
            List<Edition> editions = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int e = 3 - count; e < 3; e++) {
                Stage stage = e == 2 && count > 1 ? Stage.COMMITTEE_DRAFT : e == 0 && count == 3 ? Stage.WITHDRAWN : Stage.PUBLISHED;
                editions.add(new Edition(i * 3L + e, labels[e], stage, null, null, null, null));
            }
            library.add(new Standard(code(i), LocalizedText.of(code(i), null), "TC-" + (i % 40), null, editions));
        }
        LinkType[] types = LinkType.values();
        List<Link> links = new ArrayList<>(linkCount);
        Map<String, String> fingerprints = new HashMap<>();
        for (int l = 0; l < linkCount; l++) {
            int s = random.nextInt(standards);
            // mostly links to lower numbers, as later standards build on earlier ones; some back edges make cycles
            int t = random.nextInt(10) == 0 ? random.nextInt(standards) : random.nextInt(Math.max(1, s));
            Endpoint target = random.nextInt(20) == 0 ? Endpoint.edition("ISO/IEC " + (27000 + random.nextInt(50)), "2022")
                    : random.nextBoolean() ? Endpoint.standard(code(t)) : Endpoint.edition(code(t), "2023");
            fingerprints.putIfAbsent(target.toString(), "fp");
            boolean stored = random.nextInt(3) == 0;
            links.add(new Link(stored ? l + 1 : 0, types[random.nextInt(types.length)], Endpoint.standard(code(s)), target,
                    null, null, stored ? (random.nextInt(10) == 0 ? "old" : "fp") : null, !stored));
        }
        LinkGraphData data = new LinkGraphData(library, links, fingerprints);

        List<String> rows = new ArrayList<>();
        long start = System.nanoTime();
        LinkGraph graph = LinkGraph.of(data);
        rows.add(row("build the link graph", ms(start), ""));
        for (int warm = 0; warm < 50; warm++) {
            ImpactAnalyzer.analyze(graph, Endpoint.standard(code(random.nextInt(standards))), ChangeKind.REVISE);
        }
        double[] millis = new double[200];
        long affected = 0;
        for (int q = 0; q < millis.length; q++) {
            long t = System.nanoTime();
            affected += ImpactAnalyzer.analyze(graph, Endpoint.standard(code(random.nextInt(standards))), ChangeKind.REVISE)
                    .affected().size();
            millis[q] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        rows.add(row("impact analysis of a revision, 200 random standards",
                String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", millis[100], millis[190]),
                String.format(Locale.ROOT, "%,d affected on average", affected / millis.length)));
        LinkChecker.check(graph, Map.of());
        start = System.nanoTime();
        int problems = 0;
        int runs = 5;
        for (int run = 0; run < runs; run++) {
            problems = LinkChecker.check(graph, Map.of()).problems().size();
        }
        rows.add(row("link check of the whole library", String.format(Locale.ROOT, "%.0f ms",
                (System.nanoTime() - start) / 1e6 / runs), String.format(Locale.ROOT, "%,d problems", problems)));

        String report = "# Links at scale\n\nGenerated by `LinkBenchmark` (" + String.format(Locale.ROOT, "%,d", standards)
                + " standards, " + String.format(Locale.ROOT, "%,d", linkCount) + " links) on " + LibraryBenchmark.machine()
                + ", " + LocalDate.now() + ".\n\n| measurement | result | note |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println(report);
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "DG/T %05d", i);
    }

    private static String ms(long start) {
        return String.format(Locale.ROOT, "%.0f ms", (System.nanoTime() - start) / 1e6);
    }

    private static String row(String what, String result, String note) {
        return "| " + what + " | " + result + " | " + note + " |";
    }
}
