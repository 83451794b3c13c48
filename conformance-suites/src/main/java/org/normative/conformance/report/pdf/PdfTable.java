package org.normative.conformance.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.normative.standards.publishing.pdf.layout.LineBreaker;
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.standards.publishing.pdf.layout.Style;

/**
 * A table drawn row by row as its rows come: cells wrap their text, a row that does not fit goes to the next page
 * under a repeated header, and a row taller than a page is split between pages. Nothing is held but the current
 * row, so a table may be as long as the report needs.
 */
final class PdfTable {

    static final Color HEADER_FILL = new Color(0xE3, 0xE8, 0xF0);
    static final Color STRIPE = new Color(0xF6, 0xF7, 0xF9);
    static final Color RULE = new Color(0xC9, 0xD0, 0xDA);
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;

    /** A column: its header (null for a table without one), its share of the width and the style of its cells. */
    record Column(String header, float weight, Style style) {
    }

    /** A cell: its text, and optionally a style and a background of its own (a verdict in its colour). */
    record Cell(String text, Style style, Color background) {
        static Cell of(String text) {
            return new Cell(text, null, null);
        }
    }

    private final PageFlow flow;
    private final List<Column> columns;
    private final Style headerStyle;
    private final float[] widths;
    private final boolean striped;
    private final List<List<String>> header;
    private int rows;

    PdfTable(PageFlow flow, Style headerStyle, List<Column> columns, boolean striped) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.headerStyle = headerStyle;
        this.striped = striped;
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).weight() / total;
        }
        header = headerLines();
    }

    /** Draws the header, on a new page if not even the header and a line of the first row fit here. */
    void start() throws IOException {
        float height = header == null ? 0 : height(header, headerStyle.leading());
        flow.ensure(height + 2 * columns.get(0).style().leading() + 2 * PAD_Y);
        drawHeader();
    }

    void row(List<Cell> cells) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<Style> styles = new ArrayList<>();
        float leading = 0;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < cells.size() ? cells.get(i) : Cell.of("");
            Style style = cell.style() != null ? cell.style() : columns.get(i).style();
            styles.add(style);
            lines.add(LineBreaker.lines(cell.text() == null ? "" : cell.text(), style, widths[i] - 2 * PAD_X));
            leading = Math.max(leading, style.leading());
        }
        int total = lines.stream().mapToInt(List::size).max().orElse(1);
        float full = total * leading + 2 * PAD_Y;
        float headerHeight = header == null ? 0 : height(header, headerStyle.leading());
        if (!flow.fits(full) && full <= PageFlow.bodyHeight() - headerHeight) {
            flow.newPage();
            drawHeader();
        }
        int from = 0;
        while (from < total) {
            int fit = (int) ((flow.y() - PageFlow.BOTTOM - 2 * PAD_Y) / leading);
            if (fit <= 0) {
                flow.newPage();
                drawHeader();
                continue;
            }
            int count = Math.min(fit, total - from);
            drawChunk(lines, styles, cells, from, count, leading);
            from += count;
            if (from < total) {
                flow.newPage();
                drawHeader();
            }
        }
        rows++;
    }

    private void drawChunk(List<List<String>> lines, List<Style> styles, List<Cell> cells, int from, int count, float leading)
            throws IOException {
        float top = flow.y();
        float height = count * leading + 2 * PAD_Y;
        if (striped && rows % 2 == 1) {
            flow.fill(flow.left(), top, flow.width(), height, STRIPE);
        }
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            Color background = i < cells.size() ? cells.get(i).background() : null;
            if (background != null) {
                flow.fill(x, top, widths[i], height, background);
            }
            List<String> cellLines = lines.get(i);
            for (int l = from; l < Math.min(cellLines.size(), from + count); l++) {
                float lineTop = top - PAD_Y - (l - from) * leading;
                flow.line(cellLines.get(l), styles.get(i), x + PAD_X, lineTop - (leading - styles.get(i).leading()) / 2
                        - styles.get(i).ascent());
            }
            x += widths[i];
        }
        flow.rule(flow.left(), top - height, flow.width(), 0.5f, RULE);
        flow.down(height);
    }

    private void drawHeader() throws IOException {
        if (header == null) {
            return;
        }
        float leading = headerStyle.leading();
        float height = height(header, leading);
        float top = flow.y();
        flow.fill(flow.left(), top, flow.width(), height, HEADER_FILL);
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            List<String> cellLines = header.get(i);
            for (int l = 0; l < cellLines.size(); l++) {
                flow.line(cellLines.get(l), headerStyle, x + PAD_X, top - PAD_Y - l * leading - headerStyle.ascent());
            }
            x += widths[i];
        }
        flow.rule(flow.left(), top - height, flow.width(), 0.8f, RULE.darker());
        flow.down(height);
    }

    private List<List<String>> headerLines() {
        if (headerStyle == null) {
            return null;
        }
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            lines.add(LineBreaker.lines(columns.get(i).header(), headerStyle, widths[i] - 2 * PAD_X));
        }
        return lines;
    }

    private static float height(List<List<String>> lines, float leading) {
        return lines.stream().mapToInt(List::size).max().orElse(1) * leading + 2 * PAD_Y;
    }
}
