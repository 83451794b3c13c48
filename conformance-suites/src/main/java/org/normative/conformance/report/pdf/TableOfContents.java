package org.normative.conformance.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.normative.standards.publishing.pdf.layout.ContentsList;
import org.normative.standards.publishing.pdf.layout.PageFlow;

/**
 * The numbered sections of the report and the contents list that names their pages. The list's place is reserved
 * before the sections are laid out (its length is known: one line per section) and filled in at the end, with a link
 * from each line to its section; the same sections become the document's bookmarks.
 */
final class TableOfContents {

    private final List<String> titles;
    private final List<PageFlow.Mark> starts = new ArrayList<>();
    private final Typography type;
    private final ContentsList list;

    TableOfContents(List<String> titles, Typography type) {
        this.titles = List.copyOf(titles);
        this.type = type;
        this.list = new ContentsList(type.body(), Palette.MUTED);
    }

    /** Writes the heading of the contents and leaves room for its lines. */
    void reserve(PageFlow flow, String heading) throws IOException {
        float height = type.heading().leading() + 8 + titles.size() * type.body().leading();
        flow.ensure(height);
        flow.paragraph(heading, type.heading());
        flow.down(8);
        list.reserve(flow, titles.size());
    }

    /** Starts section {@code index} (0-based): its numbered heading, kept together with what follows it. */
    void begin(PageFlow flow, int index) throws IOException {
        if (flow.y() < PageFlow.TOP) {
            flow.down(18);
        }
        flow.ensure(type.heading().leading() + 120);
        starts.add(flow.mark());
        flow.paragraph(label(index), type.heading());
        flow.rule(flow.left(), flow.y() - 2, flow.width(), 1.2f, Palette.ACCENT);
        flow.down(12);
    }

    void fill(PDDocument document) throws IOException {
        List<ContentsList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            entries.add(new ContentsList.Entry(label(i), 0, starts.get(i)));
        }
        list.fill(document, entries);
    }

    private String label(int index) {
        return (index + 1) + "   " + titles.get(index);
    }
}
