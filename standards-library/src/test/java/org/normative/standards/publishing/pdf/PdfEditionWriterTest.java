package org.normative.standards.publishing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Requirement;
import org.normative.standards.publishing.DemoEditions;
import org.normative.standards.publishing.DemoEditionsTest;
import org.normative.standards.publishing.PublishedEdition;
import org.normative.standards.testing.PdfAssertions;

/** Standards' PDFs read back with PDFBox: cover, contents, requirement ids, page numbers, the font, Chinese text. */
class PdfEditionWriterTest extends DemoEditionsTest {

    @Test
    void theCoverShowsDesignationTitleStageAndTheDraftNotice() throws Exception {
        try (PDDocument pdf = write("DG/T 0102@2026", null, "dg-0102-2026-en.pdf")) {
            String cover = flat(page(pdf, 1));
            assertThat(cover).contains("DG/T 0102—2026", "Replaces DG/T 0102—2023",
                    "Open government data: Application programming interfaces", "政务数据开放 应用程序接口规范",
                    "30.00 Committee draft", "shall not be referred to as a standard",
                    "Prepared by the Data Resources Technical Committee");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("DG/T 0102—2026");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void theContentsNameEveryClauseWithThePageItStartsOn() throws Exception {
        try (PDDocument pdf = write("DG/T 0102@2026", null, "dg-0102-2026-en.pdf")) {
            String contents = page(pdf, 2);
            assertThat(contents).contains("Contents", "Foreword", "1  Scope", "2  Normative references",
                    "3  Terms and definitions", "4  API description", "7  Rate limits");
            assertThat(contents).containsPattern("5  Paging[ .]*\\d+");
            for (String line : contents.split("\n")) {
                if (line.startsWith("5  Paging")) {
                    int page = Integer.parseInt(line.replaceAll(".*?(\\d+)\\s*$", "$1"));
                    assertThat(page(pdf, page)).contains("5  Paging", "Collections shall be paged.");
                }
            }
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(8);
        }
    }

    @Test
    void everyRequirementIsMarkedWithItsIdAndTheTermsAreNumbered() throws Exception {
        try (PDDocument pdf = write("DG/T 0102@2026", null, "dg-0102-2026-en.pdf")) {
            String all = new PDFTextStripper().getText(pdf);
            for (Requirement requirement : demo.document("DG/T 0102@2026").editions().get(0).content().requirements()) {
                assertThat(all).contains(requirement.id());
            }
            assertThat(all).containsPattern("/req/dg-0102/paging\\s*Requirement\\s*Collections shall be paged\\.");
            assertThat(all).contains("3.1\ncollection\nA resource that lists other resources of one kind.");
        }
    }

    @Test
    void everyPageAfterTheCoverCarriesTheDesignationAndItsNumber() throws Exception {
        try (PDDocument pdf = write("DG/T 0102@2026", null, "dg-0102-2026-en.pdf")) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(page(pdf, 1)).doesNotEndWith("1\n");
            for (int i = 2; i <= pdf.getNumberOfPages(); i++) {
                String page = page(pdf, i);
                assertThat(page).as("page %d", i).contains("DG/T 0102—2026").endsWith("\n" + i + "\n");
            }
        }
    }

    @Test
    void aChineseEditionIsInChineseByDefaultWithTheFontEmbeddedAndItsCharactersExtractable() throws Exception {
        try (PDDocument pdf = write("DG/T 0101@2026", null, "dg-0101-2026-zh.pdf")) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(flat(page(pdf, 1))).contains("DG/T 0101—2026", "政务数据元 命名与标识规则", "40.20 征求意见", "代替 DG/T 0101—2023");
            assertThat(page(pdf, 2)).contains("目次", "前言", "1  范围", "3.1  名称结构");
            assertThat(all).contains("本文件按照 GB/T 1.1—2020", "数据元名称应由对象类词、特性词和表示词组成，表示词应取自附录 A。",
                    "/req/dg-0101/naming-structure", "要求");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            PdfAssertions.assertOnlyTheBundledFontEmbedded(pdf);
        }
    }

    @Test
    void theLanguageCanBeChosen() throws Exception {
        try (PDDocument pdf = write("DG/T 0101@2026", Locale.ENGLISH, "dg-0101-2026-en.pdf")) {
            assertThat(flat(page(pdf, 1))).contains("Government data elements: Naming and identification rules", "40.20 Enquiry ballot");
            assertThat(page(pdf, 2)).contains("Contents", "Foreword", "1  范围");
        }
    }

    private static PDDocument write(String edition, Locale language, String name) throws Exception {
        PublishedEdition published = demo.edition(edition, language);
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfEditionWriter().write(published, out);
        }
        DemoEditions.keep(file);
        return Loader.loadPDF(file.toFile());
    }

    /** The text with line breaks and runs of spaces as one space: the cover's title wraps. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }
}
