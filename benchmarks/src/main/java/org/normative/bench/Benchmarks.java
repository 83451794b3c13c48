package org.normative.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * {@code docs/performance.md}. Arguments: {@code small|full docsFolder}.
 */
public final class Benchmarks {

    /** Every page the summary shows, in its order: the first three are written by the modules' own benchmarks. */
    static final List<String> PAGES = List.of("performance-library.md", "performance-links.md", "performance-table.md",
            "performance-xml.md", "performance-json.md", "performance-openapi.md", "performance-schematron.md",
            "performance-reports.md", "performance-desktop.md");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.of(args[0]);
        Path docs = Path.of(args[1]).toAbsolutePath().normalize();
        Path corpus = docs.resolve("../../shared/corpus").normalize();
        if (!Files.isDirectory(corpus.resolve("en16931-ubl"))) {
            throw new IllegalStateException("the shared corpus is not at " + corpus + ": the Schematron and OpenAPI benchmarks need it");
        }
        String loadAtStart = Machine.loadAverage();
        long start = System.nanoTime();
        new ChildJvm("-Xmx256m").run(XmlSchemaBenchmark.class, String.valueOf(scale.xmlMegabytes),
                docs.resolve("performance-xml.md").toString());
        new ChildJvm("-Xmx256m").run(JsonLinesBenchmark.class, String.valueOf(scale.jsonMegabytes),
                docs.resolve("performance-json.md").toString());
        new ChildJvm("-Xmx1g").run(OpenApiRulesBenchmark.class, String.valueOf(scale.apiPaths),
                corpus.resolve("uk-ukhsa-api-rules").toString(), docs.resolve("performance-openapi.md").toString());
        SchematronScalingBenchmark.run(scale.invoiceLines, corpus.resolve("en16931-ubl"), docs.resolve("performance-schematron.md"));
        ReportBenchmark.run(scale.reportFindings, docs.resolve("performance-reports.md"));
        DesktopBenchmark.run(scale.desktopStandards, docs.resolve("../app/target/normative-app.jar").normalize(),
                docs.resolve("performance-desktop.md"));
        double minutes = (System.nanoTime() - start) / 6e10;
        new PerformanceSummary(PAGES.stream().map(docs::resolve).toList()).writeInto(docs.resolve("performance.md"),
                String.format(java.util.Locale.ROOT, "Last run: `-Dbench.scale=%s`, %s; load average %s when this module's "
                        + "benchmarks started and %s when they ended (%.0f min). The machine is shared with other builds: "
                        + "read the numbers with that load in mind.", scale.id(), Machine.describe(), loadAtStart,
                        Machine.loadAverage(), minutes));
        System.out.println("wrote " + docs.resolve("performance.md"));
    }
}
