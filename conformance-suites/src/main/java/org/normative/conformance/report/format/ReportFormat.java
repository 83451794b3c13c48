package org.normative.conformance.report.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.normative.conformance.report.JsonReportWriter;
import org.normative.conformance.report.ReportModelBuilder;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.report.junit.JUnitReportWriter;
import org.normative.conformance.report.pdf.PdfReportWriter;
import org.normative.conformance.report.sarif.SarifReportWriter;
import org.normative.conformance.report.xlsx.XlsxReportWriter;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.RunRecord;

/** The report formats, each a view over a run record that can be written again at any time. */
public enum ReportFormat {
    JSON,
    JUNIT,
    SARIF,
    PDF,
    XLSX;

    /** Writes the run in this format; {@code requirements} gives clauses to the formats for people. */
    public void write(RunRecord run, RequirementDirectory requirements, Locale locale, OutputStream out) throws IOException {
        write(run, List.of(), requirements, locale, out);
    }

    /** Writes the run with its assessments already applied; the formats that list assessments list them. */
    public void write(RunRecord run, List<Assessment> assessments, RequirementDirectory requirements, Locale locale,
                      OutputStream out) throws IOException {
        switch (this) {
            case JSON -> new JsonReportWriter().write(run, assessments, locale, out);
            case SARIF -> new SarifReportWriter().write(run, locale, out);
            case PDF -> new PdfReportWriter().write(new ReportModelBuilder(requirements).build(run), locale, out);
            case XLSX -> new XlsxReportWriter().write(new ReportModelBuilder(requirements).build(run), run, locale, out);
            case JUNIT -> {
                try {
                    new JUnitReportWriter().write(run, locale, out);
                } catch (XMLStreamException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
    }
}
