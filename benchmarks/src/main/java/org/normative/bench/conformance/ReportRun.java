package org.normative.bench.conformance;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.normative.bench.ChildJvm;
import org.normative.bench.HeapPeak;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.Limits;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;

/**
 * One report format of {@link ReportBenchmark}, in a JVM of its own: a real run (the {@code xml-schema} check of a
 * suite written here on a catalogue with a bad value in every item) with the number of findings asked for, written
 * once to warm up and once measured. Prints: format, seconds, peak MiB, file bytes, findings in the run.
 * Arguments: {@code PDF|XLSX findings}.
 */
public final class ReportRun {

    private static final String SUITE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <suite xmlns="urn:normative:suite:1" group="bench" id="catalogue" version="1.0.0">
              <title xml:lang="en">Service item catalogue</title>
              <title xml:lang="zh">政务服务事项目录</title>
              <standard code="DG/T 0301" edition="2026"/>
              <artifact role="data" media-types="application/xml"/>
              <class id="core"/>
              <test-case id="/conf/bench/catalogue-valid" class="core" artifact="data" requirements="/req/bench/catalogue">
                <title xml:lang="en">The catalogue is valid against its schema</title>
                <title xml:lang="zh">目录符合其模式</title>
                <check kind="xml-schema" schema="catalogue.xsd"/>
              </test-case>
            </suite>
            """;

    private ReportRun() {
    }

    public static void main(String[] args) throws Exception {
        ReportFormat format = ReportFormat.valueOf(args[0]);
        int findings = Integer.parseInt(args[1]);
        RunRecord run = runWithFindings(Files.createTempDirectory("normative-report-bench-"), findings);
        long kept = run.results().stream().mapToLong(r -> r.findings().size()).sum();
        Path file = Files.createTempFile("normative-report-bench-", "." + format.name().toLowerCase(Locale.ROOT));
        format.write(run, RequirementDirectory.NONE, Locale.ENGLISH, OutputStream.nullOutputStream()); // warm-up
        double seconds;
        long peak;
        try (HeapPeak heap = HeapPeak.start(); OutputStream out = Files.newOutputStream(file)) {
            long start = System.nanoTime();
            format.write(run, RequirementDirectory.NONE, Locale.ENGLISH, out);
            seconds = (System.nanoTime() - start) / 1e9;
            peak = heap.mebibytes();
        }
        System.out.println(ChildJvm.RESULT + String.format(Locale.ROOT, "%s %.3f %d %d %d", format, seconds, peak,
                Files.size(file), kept));
        Files.delete(file);
    }

    /** Two findings per bad item (the value and its type), so half as many items as findings. */
    static RunRecord runWithFindings(Path folder, int findings) throws Exception {
        Path suite = Files.createDirectories(folder.resolve("suite"));
        Files.writeString(suite.resolve("suite.xml"), SUITE, StandardCharsets.UTF_8);
        CatalogueXml.writeSchema(suite);
        Path data = folder.resolve("catalogue.xml");
        CatalogueXml.write(data, 0, findings / 2, 1);
        return new Runner(Limits.DEFAULT).run(RunRequest.of(
                        new SuiteLoader(CheckKinds.installed(), RequirementCatalog.NONE).load(SuitePackage.inFolder(suite)),
                        new Subject("艾克米政务软件有限公司", "Acme Catalogue", "3.2.0"),
                        List.of(new ArtifactIntake().inPlace("data", data)), List.of("core")),
                RunListener.NONE, new RunControl());
    }
}
