package org.normative.conformance.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.report.DemoRuns;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportModelBuilder;
import org.normative.conformance.run.RunRecord;

/** PDF reports read back with PDFBox: what they say, in English and Chinese, with the font embedded. */
class PdfReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void demoReportsSayTheVerdictFirst() throws Exception {
        Path out = Path.of("target/demo-reports");
        Files.createDirectories(out);
        for (String submission : new String[] {"gamma-licensing", "acme-licensing"}) {
            RunRecord run = DemoRuns.licence(submission, dir.resolve(submission));
            ReportModel model = new ReportModelBuilder(DemoRuns.DG_0202).build(run);
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                Path pdf = out.resolve(submission + "-" + locale.getLanguage() + ".pdf");
                try (OutputStream stream = Files.newOutputStream(pdf)) {
                    new PdfReportWriter().write(model, locale, stream);
                }
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    assertThat(new PDFTextStripper().getText(document)).containsAnyOf("Page 1 of", "第 1 页");
                }
            }
        }
    }
}
