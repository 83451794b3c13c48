package org.normative.standards.publishing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Requirement;
import org.normative.standards.publishing.DemoEditions;
import org.normative.standards.publishing.DemoEditionsTest;

/** Standards' DOCX read back with POI: headings, the contents field, requirement ids, Chinese text, header, footer. */
class DocxEditionWriterTest extends DemoEditionsTest {

    @Test
    void clausesAreNumberedHeadingsInWordsHeadingStyles() throws Exception {
        try (XWPFDocument docx = write("DG/T 0102@2026", null, "dg-0102-2026-en.docx")) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> DocxHeadings.level(p, docx.getStyles()) != null && DocxHeadings.level(p, docx.getStyles()) >= 1)
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("Foreword", "1  Scope", "2  Normative references",
                    "3  Terms and definitions", "4  API description", "5  Paging", "6  Error responses", "7  Rate limits");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        }
    }

    @Test
    void theContentsAreATocFieldThatWordUpdatesOnOpening() throws Exception {
        try (XWPFDocument docx = write("DG/T 0102@2026", null, "dg-0102-2026-en.docx")) {
            String xml = docx.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o \"1-2\"", "fldCharType=\"begin\"", "fldCharType=\"end\"");
            assertThat(docx.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyleID())).map(XWPFParagraph::getText))
                    .contains("Foreword", "5  Paging");
            assertThat(docx.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
        }
    }

    @Test
    void everyRequirementIsAMarkedBlockWithItsId() throws Exception {
        try (XWPFDocument docx = write("DG/T 0102@2026", null, "dg-0102-2026-en.docx")) {
            List<XWPFParagraph> blocks = docx.getParagraphs().stream()
                    .filter(p -> DocxManifest.STYLE_REQUIREMENT.equals(p.getStyleID())).toList();
            List<Requirement> requirements = demo.document("DG/T 0102@2026").editions().get(0).content().requirements();
            assertThat(blocks).hasSameSizeAs(requirements);
            for (int i = 0; i < blocks.size(); i++) {
                assertThat(blocks.get(i).getRuns().get(0).isBold()).isTrue();
                assertThat(blocks.get(i).getText()).isEqualTo(requirements.get(i).id() + "\n" + requirements.get(i).statement());
            }
        }
    }

    @Test
    void theCoverTheHeaderAndTheFooterCarryTheDesignationAndThePageNumber() throws Exception {
        try (XWPFDocument docx = write("DG/T 0102@2026", null, "dg-0102-2026-en.docx")) {
            String cover = docx.getParagraphs().stream().limit(20).map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(cover).contains("DG/T 0102—2026", "Replaces DG/T 0102—2023", "30.00 Committee draft",
                    "Open government data: Application programming interfaces", "政务数据开放 应用程序接口规范");
            assertThat(docx.getHeaderList()).anyMatch(h -> h.getText().contains("DG/T 0102—2026"));
            assertThat(docx.getFooterList()).anyMatch(f -> f.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains(" PAGE ")));
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).as("no header on the cover").isTrue();
        }
    }

    @Test
    void aChineseEditionIsInChinese() throws Exception {
        try (XWPFDocument docx = write("DG/T 0101@2026", null, "dg-0101-2026-zh.docx")) {
            String all = docx.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("目次", "前言", "政务数据元 命名与标识规则", "3.1  名称结构",
                    "/req/dg-0101/naming-structure\n数据元名称应由对象类词、特性词和表示词组成，表示词应取自附录 A。");
            assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("zh-CN");
        }
    }

    private static XWPFDocument write(String edition, Locale language, String name) throws Exception {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxEditionWriter().write(demo.edition(edition, language), out);
        }
        DemoEditions.keep(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }
}
