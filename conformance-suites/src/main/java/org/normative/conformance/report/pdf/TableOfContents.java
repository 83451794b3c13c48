package org.normative.conformance.report.pdf;

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
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.standards.publishing.pdf.layout.Style;

/**
 * The numbered sections of the report and the contents list that names their pages. The list's place is reserved
 * before the sections are laid out (its length is known: one line per section) and filled in at the end, with a link
 * from each line to its section; the same sections become the document's bookmarks.
 */
final class TableOfContents {

    private final List<String> titles;
    private final List<PageFlow.Mark> starts = new ArrayList<>();
    private final Typography type;
    private PageFlow.Mark list;

    TableOfContents(List<String> titles, Typography type) {
        this.titles = List.copyOf(titles);
        this.type = type;
    }

    /** Writes the heading of the contents and leaves room for its lines. */
    void reserve(PageFlow flow, String heading) throws IOException {
        float height = type.heading().leading() + 8 + titles.size() * type.body().leading();
        flow.ensure(height);
        flow.paragraph(heading, type.heading());
        flow.down(8);
        list = flow.mark();
        flow.down(titles.size() * type.body().leading());
    }

    /** Starts section {@code index} (0-based): its numbered heading, kept together with what follows it. */
    void begin(PageFlow flow, int index) throws IOException {
        if (flow.y() < PageFlow.TOP) {
            flow.down(18);
        }
        flow.ensure(type.heading().leading() + 120);
        starts.add(flow.mark());
        flow.paragraph(number(index) + "   " + titles.get(index), type.heading());
        flow.rule(flow.left(), flow.y() - 2, flow.width(), 1.2f, Palette.ACCENT);
        flow.down(12);
    }

    void fill(PDDocument document) throws IOException {
        PDDocumentOutline outline = new PDDocumentOutline();
        Style style = type.body();
        float left = PageFlow.MARGIN;
        float right = PageFlow.SIZE.getWidth() - PageFlow.MARGIN;
        try (PDPageContentStream stream = new PDPageContentStream(document, list.page(), AppendMode.APPEND, true, true)) {
            for (int i = 0; i < starts.size(); i++) {
                PageFlow.Mark start = starts.get(i);
                String label = style.face().drawable(number(i) + "   " + titles.get(i));
                String page = String.valueOf(document.getPages().indexOf(start.page()) + 1);
                float top = list.y() - i * style.leading();
                float baseline = top - style.ascent();
                PageFlow.draw(stream, label, style, left, baseline);
                float pageWidth = style.face().width(page, style.size());
                PageFlow.draw(stream, page, style, right - pageWidth, baseline);
                String dots = leader(style, right - pageWidth - 6 - (left + style.face().width(label, style.size()) + 6));
                PageFlow.draw(stream, dots, style.coloured(Palette.MUTED),
                        right - pageWidth - 6 - style.face().width(dots, style.size()), baseline);

                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(start.page());
                destination.setTop((int) start.y() + 10);
                PDAnnotationLink link = new PDAnnotationLink();
                link.setDestination(destination);
                link.setRectangle(new PDRectangle(left, top - style.leading(), right - left, style.leading()));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                list.page().getAnnotations().add(link);

                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle(number(i) + " " + titles.get(i));
                bookmark.setDestination(destination);
                outline.addLast(bookmark);
            }
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static String number(int index) {
        return String.valueOf(index + 1);
    }

    private static String leader(Style style, float width) {
        float dot = style.face().width(" .", style.size());
        int count = Math.max(0, (int) (width / dot));
        return " .".repeat(count);
    }
}
