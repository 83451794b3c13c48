package org.normative.bench;

import java.util.List;
import java.util.Locale;

/**
 * How big the generated inputs are: {@code full} is what issue 10 asks for, {@code small} a smoke run of a few
 * minutes that exercises every benchmark on the same code paths.
 */
public enum Scale {
    SMALL(64, 32, 500, List.of(200, 1_000, 5_000), 10_000, 1_000),
    FULL(1024, 256, 5_000, List.of(1_000, 10_000, 100_000), 10_000, 10_000);

    /** Size of the generated XML file (the memory bound of issue 10 is 1 GB with a 256 MB heap). */
    public final int xmlMegabytes;
    /** Size of the generated JSON Lines file. */
    public final int jsonMegabytes;
    /** Paths in the generated OpenAPI description. */
    public final int apiPaths;
    /** Invoice lines of the generated EN 16931 invoices, smallest first. */
    public final List<Integer> invoiceLines;
    /** Findings of the run whose PDF and XLSX reports are written. */
    public final int reportFindings;
    /** Standards in the library the desktop benchmarks open. */
    public final int desktopStandards;

    Scale(int xmlMegabytes, int jsonMegabytes, int apiPaths, List<Integer> invoiceLines, int reportFindings,
          int desktopStandards) {
        this.xmlMegabytes = xmlMegabytes;
        this.jsonMegabytes = jsonMegabytes;
        this.apiPaths = apiPaths;
        this.invoiceLines = invoiceLines;
        this.reportFindings = reportFindings;
        this.desktopStandards = desktopStandards;
    }

    public static Scale of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
