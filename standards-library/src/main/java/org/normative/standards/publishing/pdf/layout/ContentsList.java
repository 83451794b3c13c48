package org.normative.standards.publishing.pdf.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A table of contents whose lines are reserved before the sections are laid out (their number is known, their
 * pages are not) and filled in at the end: label, dot leader and page number, a link from each line to its
 * section, and the same entries as the document's bookmarks. The reserved lines may run over several pages.
 */
public final class ContentsList {

    /** One line: its label, its indent level (0 at the left margin) and where its section starts. */
    public record Entry(String label, int level, PageFlow.Mark target) {
    }

    private static final float INDENT = 14;

    private final Style style;
    private final Color leaderColor;
    private final List<PageFlow.Mark> lines = new ArrayList<>();

    public ContentsList(Style style, Color leaderColor) {
        this.style = style;
        this.leaderColor = leaderColor;
    }

    /** Leaves room for {@code count} lines at the flow's cursor. */
    public void reserve(PageFlow flow, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            flow.ensure(style.leading());
            lines.add(flow.mark());
            flow.down(style.leading());
        }
    }

    /** Draws the entries into the reserved lines, one a line, and makes them the document's bookmarks. */
    public void fill(PDDocument document, List<Entry> entries) throws IOException {
        if (entries.size() > lines.size()) {
            throw new IllegalArgumentException(entries.size() + " entries for " + lines.size() + " reserved lines");
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        float right = PageFlow.SIZE.getWidth() - PageFlow.MARGIN;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            PageFlow.Mark line = lines.get(i);
            float left = PageFlow.MARGIN + entry.level() * INDENT;
            String label = style.face().drawable(entry.label());
            String page = String.valueOf(document.getPages().indexOf(entry.target().page()) + 1);
            float baseline = line.y() - style.ascent();
            float pageWidth = style.face().width(page, style.size());
            try (PDPageContentStream stream = new PDPageContentStream(document, line.page(), AppendMode.APPEND, true, true)) {
                PageFlow.draw(stream, label, style, left, baseline);
                String dots = leader(right - pageWidth - 6 - (left + style.face().width(label, style.size()) + 6));
                PageFlow.draw(stream, dots, style.coloured(leaderColor),
                        right - pageWidth - 6 - style.face().width(dots, style.size()), baseline);
                PageFlow.draw(stream, page, style, right - pageWidth, baseline);
            }
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(entry.target().page());
            destination.setTop((int) entry.target().y() + 10);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setDestination(destination);
            link.setRectangle(new PDRectangle(left, line.y() - style.leading(), right - left, style.leading()));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            line.page().getAnnotations().add(link);

            PDOutlineItem bookmark = new PDOutlineItem();
            bookmark.setTitle(entry.label());
            bookmark.setDestination(destination);
            outline.addLast(bookmark);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private String leader(float width) {
        float dot = style.face().width(" .", style.size());
        return " .".repeat(Math.max(0, (int) (width / dot)));
    }
}
