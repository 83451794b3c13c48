package org.normative.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.normative.bench.conformance.JsonLinesBenchmark;
import org.normative.bench.conformance.OpenApiRulesBenchmark;
import org.normative.bench.conformance.ReportBenchmark;
import org.normative.bench.conformance.SchematronScalingBenchmark;
import org.normative.bench.conformance.XmlSchemaBenchmark;
import org.normative.bench.desktop.DesktopBenchmark;

/**
 * The benchmark harness (issue 10), run by {@code ./mvnw -Pbench -DskipTests verify [-Dbench.scale=small]} after the
 * library, link and table benchmarks of the modules before this one: runs every benchmark of this module, each in a
 * JVM of its own where memory matters, writes its page under {@code docs/}, then the summary of all pages into
 * {@code docs/performance.md}. Arguments: {@code small|full docsFolder [xml,json,openapi,schematron,reports,desktop]}
 * (the last to rerun some of them only; the summary still shows every page).
 */
public final class Benchmarks {

    /** Every page the summary shows, in its order: the first three are written by the modules' own benchmarks. */
    static final List<String> PAGES = List.of("performance-library.md", "performance-links.md", "performance-table.md",
            "performance-xml.md", "performance-json.md", "performance-openapi.md", "performance-schematron.md",
            "performance-reports.md", "performance-desktop.md");

    private Benchmarks() {
    }

    @FunctionalInterface
    private interface Benchmark {
        void run(Path page) throws Exception;
    }

    /** Runs one benchmark; one that fails leaves a page that says so, and the others still run. */
    private static void attempt(Set<String> only, String name, Path docs, Benchmark benchmark) throws IOException {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        Path page = docs.resolve("performance-" + name + ".md");
        try {
            benchmark.run(page);
        } catch (Exception | Error e) {
            e.printStackTrace();
            Files.writeString(page, "# performance-" + name + "\n\nThe last run of this benchmark failed: " + e + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.of(args[0]);
        Path docs = Path.of(args[1]).toAbsolutePath().normalize();
        Path corpus = docs.resolve("../../shared/corpus").normalize();
        if (!Files.isDirectory(corpus.resolve("en16931-ubl"))) {
            throw new IllegalStateException("the shared corpus is not at " + corpus + ": the Schematron and OpenAPI benchmarks need it");
        }
        Set<String> only = args.length > 2 ? Set.of(args[2].split(",")) : Set.of();
        String loadAtStart = Machine.loadAverage();
        long start = System.nanoTime();
        attempt(only, "xml", docs, page -> new ChildJvm("-Xmx256m").run(XmlSchemaBenchmark.class,
                String.valueOf(scale.xmlMegabytes), page.toString()));
        attempt(only, "json", docs, page -> new ChildJvm("-Xmx256m").run(JsonLinesBenchmark.class,
                String.valueOf(scale.jsonMegabytes), page.toString()));
        attempt(only, "openapi", docs, page -> new ChildJvm("-Xmx1g").run(OpenApiRulesBenchmark.class,
                String.valueOf(scale.apiPaths), corpus.resolve("uk-ukhsa-api-rules").toString(), page.toString()));
        attempt(only, "schematron", docs, page -> SchematronScalingBenchmark.run(scale.invoiceLines, corpus.resolve("en16931-ubl"), page));
        attempt(only, "reports", docs, page -> ReportBenchmark.run(scale.reportFindings, page));
        attempt(only, "desktop", docs, page -> DesktopBenchmark.run(scale.desktopStandards,
                docs.resolve("../app/target/normative-app.jar").normalize(), page));
        double minutes = (System.nanoTime() - start) / 6e10;
        new PerformanceSummary(PAGES.stream().map(docs::resolve).toList()).writeInto(docs.resolve("performance.md"),
                String.format(java.util.Locale.ROOT, "Last run: `-Dbench.scale=%s`, %s; load average %s when this module's "
                        + "benchmarks started and %s when they ended (%.0f min). The machine is shared with other builds: "
                        + "read the numbers with that load in mind.", scale.id(), Machine.describe(), loadAtStart,
                        Machine.loadAverage(), minutes));
        System.out.println("wrote " + docs.resolve("performance.md"));
    }
}
