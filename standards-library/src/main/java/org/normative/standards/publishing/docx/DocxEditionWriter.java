package org.normative.standards.publishing.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Requirement;
import org.normative.standards.publishing.DocumentText;
import org.normative.standards.publishing.Outline;
import org.normative.standards.publishing.PublishedEdition;

/**
 * A standard's edition as a Word document with the layout of the PDF: cover, a contents field, foreword, numbered
 * clause headings (Word's heading styles), requirement blocks headed by their identifier, term entries, the
 * designation in the header and the page number in the footer of every page but the cover. Word fills in the
 * contents' page numbers when it opens the file (the document asks it to update its fields); until then the
 * contents list the headings without pages. Fonts are named (SimSun, SimHei, Times New Roman), not embedded: every
 * Chinese Windows and Office has them.
 */
public final class DocxEditionWriter {

    public void write(PublishedEdition edition, OutputStream out) throws IOException {
        Outline outline = Outline.of(edition);
        DocumentText text = new DocumentText(edition.language());
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.define(document, edition.chinese());
            cover(document, outline);
            contents(document, outline, text);
            styled(document, DocxManifest.STYLE_FOREWORD, text.get("foreword.heading"));
            outline.foreword().forEach(p -> styled(document, null, p));
            pageBreak(document);
            styled(document, DocxStyles.TITLE, outline.cover().title()).setAlignment(ParagraphAlignment.LEFT);
            for (Outline.Section section : outline.sections()) {
                section(document, section, text);
            }
            headerAndFooter(document, edition);
            properties(document, edition);
            document.getSettings().setUpdateFields();
            document.write(out);
        }
    }

    private static void cover(XWPFDocument document, Outline outline) {
        var cover = outline.cover();
        XWPFParagraph series = styled(document, null, cover.series());
        series.getRuns().get(0).setBold(true);
        XWPFParagraph designation = document.createParagraph();
        designation.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun code = designation.createRun();
        code.setText(cover.designation());
        code.setBold(true);
        code.setFontSize(18);
        if (cover.replaces() != null) {
            styled(document, null, cover.replaces()).setAlignment(ParagraphAlignment.RIGHT);
        }
        designation.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK);
        for (int i = 0; i < 8; i++) {
            document.createParagraph();
        }
        styled(document, DocxStyles.TITLE, cover.title()).setAlignment(ParagraphAlignment.CENTER);
        if (cover.otherTitle() != null) {
            XWPFParagraph other = styled(document, null, cover.otherTitle());
            other.setAlignment(ParagraphAlignment.CENTER);
            other.getRuns().get(0).setFontSize(14);
        }
        XWPFParagraph stage = styled(document, null, cover.stage());
        stage.setAlignment(ParagraphAlignment.CENTER);
        stage.getRuns().get(0).setBold(true);
        if (cover.draftNotice() != null) {
            XWPFParagraph notice = styled(document, null, cover.draftNotice());
            notice.setAlignment(ParagraphAlignment.CENTER);
            notice.getRuns().get(0).setItalic(true);
        }
        for (int i = 0; i < 8; i++) {
            document.createParagraph();
        }
        XWPFParagraph dates = styled(document, null, cover.published() + "    " + cover.implemented());
        dates.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        XWPFParagraph committee = styled(document, null, cover.committee());
        committee.setAlignment(ParagraphAlignment.CENTER);
        committee.getRuns().get(0).setBold(true);
        pageBreak(document);
    }

    /** A TOC field over the headings, its result the headings as they are now (Word adds the pages on update). */
    private static void contents(XWPFDocument document, Outline outline, DocumentText text) {
        XWPFParagraph heading = styled(document, null, text.get("contents.heading"));
        heading.getRuns().get(0).setBold(true);
        heading.getRuns().get(0).setFontSize(14);
        List<String[]> entries = new java.util.ArrayList<>();
        entries.add(new String[] {"1", text.get("foreword.heading")});
        outline.sections().stream().filter(s -> s.level() <= 2)
                .forEach(s -> entries.add(new String[] {String.valueOf(s.level()), s.title()}));
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph line = document.createParagraph();
            line.setStyle(DocxStyles.TOC + entries.get(i)[0]);
            if (i == 0) {
                field(line, STFldCharType.BEGIN);
                line.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
                field(line, STFldCharType.SEPARATE);
            }
            line.createRun().setText(entries.get(i)[1]);
            if (i == entries.size() - 1) {
                field(line, STFldCharType.END);
            }
        }
        XWPFParagraph hint = styled(document, null, text.get("contents.hint"));
        hint.getRuns().get(0).setItalic(true);
        hint.getRuns().get(0).setFontSize(8);
        pageBreak(document);
    }

    private static void section(XWPFDocument document, Outline.Section section, DocumentText text) {
        styled(document, DocxStyles.HEADING + Math.min(section.level(), 3), section.title());
        for (Outline.Block block : section.blocks()) {
            if (block instanceof Outline.Paragraph paragraph) {
                styled(document, null, paragraph.text());
            } else if (block instanceof Outline.RequirementBlock requirement) {
                requirement(document, requirement.requirement());
            } else if (block instanceof Outline.TermEntry entry) {
                styled(document, DocxManifest.STYLE_TERM_NUMBER, entry.number());
                styled(document, DocxManifest.STYLE_TERM, entry.term().term());
                if (!entry.term().definition().isBlank()) {
                    styled(document, DocxManifest.STYLE_TERM_DEFINITION, entry.term().definition());
                }
                if (entry.term().source() != null) {
                    styled(document, DocxManifest.STYLE_TERM_SOURCE, text.get("term.source", entry.term().source()));
                }
            }
        }
    }

    /** The identifier bold on the first line, the statement on the next, in one shaded paragraph. */
    private static void requirement(XWPFDocument document, Requirement requirement) {
        XWPFParagraph block = document.createParagraph();
        block.setStyle(DocxManifest.STYLE_REQUIREMENT);
        XWPFRun id = block.createRun();
        id.setText(requirement.id());
        id.setBold(true);
        id.setFontFamily("Consolas");
        id.setColor("1B3A6B");
        id.addBreak();
        block.createRun().setText(requirement.statement());
    }

    private static void headerAndFooter(XWPFDocument document, PublishedEdition edition) {
        document.createHeader(HeaderFooterType.FIRST);
        document.createFooter(HeaderFooterType.FIRST);
        XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun code = header.createRun();
        code.setText(edition.designation());
        code.setBold(true);
        header.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        field(footer, STFldCharType.BEGIN);
        footer.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(footer, STFldCharType.SEPARATE);
        footer.createRun().setText("1");
        field(footer, STFldCharType.END);
    }

    private static void properties(XWPFDocument document, PublishedEdition edition) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(edition.designation() + " " + edition.title().in(edition.language()));
        core.setSubjectProperty(edition.edition().stage().label(edition.language()));
        core.setCreator("Normative");
        core.getUnderlyingProperties().setLanguageProperty(edition.chinese() ? "zh-CN" : "en");
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(DocxManifest.CODE, edition.code());
        custom.addProperty(DocxManifest.EDITION, edition.edition().label());
        addIfPresent(custom, DocxManifest.TITLE_EN, edition.title().en());
        addIfPresent(custom, DocxManifest.TITLE_ZH, edition.title().zh());
        custom.addProperty(DocxManifest.COMMITTEE, edition.committee().code());
        addIfPresent(custom, DocxManifest.COMMITTEE_EN, edition.committee().name().en());
        addIfPresent(custom, DocxManifest.COMMITTEE_ZH, edition.committee().name().zh());
        custom.addProperty(DocxManifest.CLAUSES, edition.content().allClauses().stream().map(Clause::key)
                .collect(Collectors.joining(" ")));
        custom.addProperty(DocxManifest.REQUIREMENTS, edition.content().requirements().stream()
                .map(r -> r.id() + "\t" + r.obligation().name() + "\t" + (r.requirementClass() == null ? ""
                        : r.requirementClass()) + "\t" + r.revision())
                .collect(Collectors.joining("\n")));
    }

    private static void addIfPresent(POIXMLProperties.CustomProperties custom, String name, String value) {
        if (value != null) {
            custom.addProperty(name, value);
        }
    }

    private static XWPFParagraph styled(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void pageBreak(XWPFDocument document) {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }
}
