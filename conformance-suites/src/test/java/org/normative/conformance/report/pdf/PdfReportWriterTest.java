package org.normative.conformance.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportModelBuilder;
import org.normative.conformance.report.ReportRuns;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestSuites;
import org.normative.standards.testing.PdfAssertions;

/** PDF reports read back with PDFBox: what they say and where, in English and Chinese, with the font embedded. */
class PdfReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void theFirstPageSaysTheVerdictInWordsAndWhetherItCanBeCertified() throws Exception {
        RunRecord run = ReportRuns.failingWithManualCase(dir);
        ReportModel model = new ReportModelBuilder(RequirementDirectory.NONE).build(run);

        try (PDDocument pdf = Loader.loadPDF(render(model, Locale.ENGLISH))) {
            String first = flat(page(pdf, 1));
            assertThat(first).contains("Conformance verification report", "Not conformant",
                    flat(model.summary().en()), "Certifiable: no", "Acme Licensing", "DG/T 0102", "Page 1 of " + pdf.getNumberOfPages(),
                    "Report " + run.runId());
            assertThat(first.replace(" ", "")).contains(run.suite().sha256());
            String all = flat(new PDFTextStripper().getText(pdf));
            assertThat(all).contains("licence.xml:3:7", "Rule R-1", "broken", "Awaiting judgement", "Results per requirement");
            assertThat(all.replace(" ", "")).contains(run.artifacts().get(0).sha256());
            PdfAssertions.assertOnlyTheBundledFontEmbedded(pdf);
        }
    }

    @Test
    void aChineseReportIsInChineseWithTheSameFont() throws Exception {
        RunRecord run = ReportRuns.scripted(dir, TestSuites.testCase("/t/a", "core", "pass"), true);
        ReportModel model = new ReportModelBuilder(RequirementDirectory.NONE).build(run);

        try (PDDocument pdf = Loader.loadPDF(render(model, Locale.SIMPLIFIED_CHINESE))) {
            String first = page(pdf, 1).replaceAll("\\s", "");
            assertThat(first).contains("一致性验证报告", "尚未完成", model.summary().zh().replaceAll("\\s", ""), "可否认证：否",
                    "艾克米政务软件有限公司", "第1页，共" + pdf.getNumberOfPages() + "页");
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains("签名验证通过", "待判定");
            PdfAssertions.assertOnlyTheBundledFontEmbedded(pdf);
        }
    }

    @Test
    void theContentsNameThePageOfEverySection() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            many.append(TestSuites.testCase("/t/case-" + i, "core", "pass"));
        }
        RunRecord run = ReportRuns.scripted(dir, many.toString(), false);

        try (PDDocument pdf = Loader.loadPDF(render(new ReportModelBuilder(RequirementDirectory.NONE).build(run),
                Locale.ENGLISH))) {
            List<Integer> withHeader = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                if (page(pdf, p).contains("/t/case-")) {
                    assertThat(page(pdf, p)).as("page %d", p).contains("Test case Title Class Verdict Findings Reason");
                    withHeader.add(p);
                }
            }
            assertThat(withHeader).as("the test-case table breaks across pages").hasSizeGreaterThan(1);
            String contents = page(pdf, 2);
            assertThat(contents).contains("Contents").containsPattern("3\\s+Results per test case[ .]+" + withHeader.get(0) + "\n")
                    .containsPattern("5\\s+Artifacts tested[ .]+" + pdf.getNumberOfPages() + "\n");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(5);
        }
    }

    @Test
    void tenThousandFindingsGiveACappedSampleAndAFewPages() throws Exception {
        long t0 = System.nanoTime();
        RunRecord run = ReportRuns.scripted(dir, TestSuites.testCase("/t/many", "core", "many"), false);
        long t1 = System.nanoTime();
        ReportModel model = new ReportModelBuilder(RequirementDirectory.NONE).build(run);
        long t2 = System.nanoTime();
        byte[] bytes = render(model, Locale.ENGLISH);
        long t3 = System.nanoTime();
        render(model, Locale.ENGLISH);
        System.out.println("TIMING again " + (System.nanoTime() - t3) / 1e6);
        System.out.println("TIMING run " + (t1 - t0) / 1e6 + " model " + (t2 - t1) / 1e6 + " pdf " + (t3 - t2) / 1e6);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String all = flat(new PDFTextStripper().getText(pdf));
            assertThat(all).contains("Showing 20 of 8,334 findings of this rule", "Showing 20 of 8,333 findings of this rule",
                    "25,000");
            assertThat(pdf.getNumberOfPages()).isBetween(4, 12);
        }
        assertThat(bytes.length).as("subset fonts, not the 5 MB collection").isLessThan(400_000);
    }

    @Test
    void aRealRunOfTheLicenceSuiteLooksAsFiled() throws Exception {
        Path out = Path.of("target/demo-reports");
        Files.createDirectories(out);
        RunRecord run = ReportRuns.licenceExamples(dir);
        ReportModel model = new ReportModelBuilder(ReportRuns.DG_0202).build(run);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            // kept in target/ to be looked at: pdftoppm -r 80 -png target/demo-reports/licence-en.pdf page
            Path pdf = out.resolve("licence-" + locale.getLanguage() + ".pdf");
            try (OutputStream stream = Files.newOutputStream(pdf)) {
                new PdfReportWriter().write(model, locale, stream);
            }
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String all = flat(new PDFTextStripper().getText(document));
                assertThat(all).contains("LIC-HOLDER-USCC", "bad-holder.xml");
                assertThat(all.replace(" ", "")).contains("/req/dg-0202/holder-id");
                PdfAssertions.assertOnlyTheBundledFontEmbedded(document);
            }
        }
    }

    private static byte[] render(ReportModel model, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(model, locale, out);
        return out.toByteArray();
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    /** Text with every run of white space (where lines were wrapped) as one space. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
