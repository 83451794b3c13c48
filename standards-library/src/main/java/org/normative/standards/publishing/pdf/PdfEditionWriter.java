package org.normative.standards.publishing.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.normative.standards.publishing.DocumentText;
import org.normative.standards.publishing.Outline;
import org.normative.standards.publishing.PublishedEdition;
import org.normative.standards.publishing.pdf.layout.CjkFont;
import org.normative.standards.publishing.pdf.layout.ContentsList;
import org.normative.standards.publishing.pdf.layout.LineBreaker;
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.standards.publishing.pdf.layout.Style;

/**
 * A standard's edition as a PDF laid out like a published standard: cover, contents with page numbers, foreword,
 * then the clauses, each requirement in a tinted block headed by its identifier, the terms as numbered entries.
 * Every page after the cover carries the title and the designation at the top and its number at the foot. One
 * embedded font (subset) sets English and Chinese alike.
 */
public final class PdfEditionWriter {

    /** Clause levels listed in the contents: main clauses and their subclauses. */
    private static final int CONTENTS_DEPTH = 2;
    private static final float PADDING = 7;

    public void write(PublishedEdition edition, OutputStream out) throws IOException {
        Outline outline = Outline.of(edition);
        DocumentText text = new DocumentText(edition.language());
        try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(32L << 20).streamCache);
             CjkFont fonts = new CjkFont(document)) {
            EditionTypography type = EditionTypography.of(fonts);
            ContentsList contents = new ContentsList(type.body(), EditionTypography.MUTED);
            List<ContentsList.Entry> entries = new ArrayList<>();
            try (PageFlow flow = new PageFlow(document)) {
                new EditionCover(outline.cover(), type).draw(flow);
                flow.newPage();
                flow.paragraph(text.get("contents.heading"), type.heading1());
                flow.down(10);
                contents.reserve(flow, 1 + (int) outline.sections().stream()
                        .filter(s -> s.level() <= CONTENTS_DEPTH).count());

                flow.newPage();
                entries.add(new ContentsList.Entry(text.get("foreword.heading"), 0, flow.mark()));
                flow.paragraph(text.get("foreword.heading"), type.heading1());
                flow.down(8);
                for (String paragraph : outline.foreword()) {
                    flow.paragraph(paragraph, type.body());
                    flow.down(5);
                }

                flow.newPage();
                flow.paragraph(outline.cover().title(), type.title().sized(16));
                flow.down(14);
                for (Outline.Section section : outline.sections()) {
                    section(flow, section, type, text, entries);
                }
            }
            contents.fill(document, entries);
            decorate(document, edition, type);
            describe(document, edition);
            document.save(out);
        }
    }

    private static void section(PageFlow flow, Outline.Section section, EditionTypography type, DocumentText text,
                                List<ContentsList.Entry> entries) throws IOException {
        Style heading = type.heading(section.level());
        flow.down(section.level() == 1 ? 10 : 6);
        flow.ensure(heading.leading() + 3 * type.body().leading());
        if (section.level() <= CONTENTS_DEPTH) {
            entries.add(new ContentsList.Entry(section.title(), section.level() - 1, flow.mark()));
        }
        flow.paragraph(section.title(), heading);
        flow.down(4);
        for (Outline.Block block : section.blocks()) {
            if (block instanceof Outline.Paragraph paragraph) {
                flow.paragraph(paragraph.text(), type.body());
                flow.down(5);
            } else if (block instanceof Outline.RequirementBlock requirement) {
                requirement(flow, requirement, type, text);
            } else if (block instanceof Outline.TermEntry term) {
                term(flow, term, type, text);
            }
        }
    }

    /** A tinted block with an accent bar: the identifier and the label on the first line, then the statement. */
    private static void requirement(PageFlow flow, Outline.RequirementBlock block, EditionTypography type,
                                    DocumentText text) throws IOException {
        Style id = type.requirementId();
        Style body = type.body();
        float inner = flow.width() - 3 * PADDING;
        List<String> idLines = LineBreaker.lines(id.face().drawable(block.requirement().id()), id, inner * 0.75f);
        List<String> lines = LineBreaker.lines(body.face().drawable(block.requirement().statement()), body, inner);
        float height = 2 * PADDING + idLines.size() * id.leading() + 2 + lines.size() * body.leading();
        if (height > PageFlow.bodyHeight()) {
            flow.paragraph(block.requirement().id(), id);
            flow.paragraph(block.requirement().statement(), body);
            return;
        }
        flow.ensure(height);
        float top = flow.y();
        float x = flow.left() + 2 * PADDING;
        flow.fill(flow.left(), top, flow.width(), height, EditionTypography.TINT);
        flow.fill(flow.left(), top, 2.5f, height, EditionTypography.ACCENT);
        float y = top - PADDING;
        float labelBaseline = y - id.ascent();
        for (String line : idLines) {
            flow.line(line, id, x, y - id.ascent());
            y -= id.leading();
        }
        Style label = type.muted();
        String labelText = label.face().drawable(text.get("requirement.label"));
        flow.line(labelText, label, flow.left() + flow.width() - PADDING - label.face().width(labelText, label.size()),
                labelBaseline);
        y -= 2;
        for (String line : lines) {
            flow.line(line, body, x, y - body.ascent());
            y -= body.leading();
        }
        flow.down(height + 8);
    }

    private static void term(PageFlow flow, Outline.TermEntry entry, EditionTypography type, DocumentText text)
            throws IOException {
        flow.ensure(3 * type.body().leading());
        flow.paragraph(entry.number(), type.heading3());
        flow.paragraph(entry.term().term(), type.heading3());
        if (!entry.term().definition().isBlank()) {
            flow.paragraph(entry.term().definition(), type.body());
        }
        if (entry.term().source() != null && !entry.term().source().isBlank()) {
            flow.paragraph(text.get("term.source", entry.term().source()), type.muted());
        }
        flow.down(6);
    }

    /** The title and designation at the top and the page number at the foot of every page but the cover. */
    private static void decorate(PDDocument document, PublishedEdition edition, EditionTypography type)
            throws IOException {
        Style style = type.running();
        float left = PageFlow.MARGIN;
        float right = PageFlow.SIZE.getWidth() - PageFlow.MARGIN;
        float headerLine = PageFlow.TOP + 18;
        String designation = style.face().drawable(edition.designation());
        float designationWidth = style.face().width(designation, style.size());
        List<String> title = LineBreaker.lines(style.face().drawable(edition.title().in(edition.language())), style,
                right - left - designationWidth - 24);
        for (int i = 1; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                PageFlow.draw(stream, title.get(0), style, left, headerLine + 5);
                PageFlow.draw(stream, designation, style.emphasised(), right - designationWidth, headerLine + 5);
                stream.setNonStrokingColor(EditionTypography.MUTED);
                stream.addRect(left, headerLine, right - left, 0.6f);
                stream.fill();
                String number = String.valueOf(i + 1);
                PageFlow.draw(stream, number, style, (left + right - style.face().width(number, style.size())) / 2,
                        PageFlow.BOTTOM - 30);
            }
        }
    }

    private static void describe(PDDocument document, PublishedEdition edition) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(edition.designation() + " " + edition.title().in(edition.language()));
        info.setSubject(edition.edition().stage().label(edition.language()));
        info.setKeywords(edition.code() + ", " + edition.edition().label());
        info.setCreator("Normative");
        document.getDocumentCatalog().setLanguage(edition.chinese() ? "zh-CN" : "en");
    }
}
