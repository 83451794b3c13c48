package org.normative.standards.publishing.pdf.layout;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Content flowing down A4 pages between the margins: a cursor that starts a new page when what comes next does not
 * fit. Each page's content stream is closed when the page is full, so pages are written as they fill; running headers
 * and footers are added afterwards, when the page count is known.
 */
public final class PageFlow implements AutoCloseable {

    public static final PDRectangle SIZE = PDRectangle.A4;
    public static final float MARGIN = 56;
    public static final float TOP = SIZE.getHeight() - 72;
    public static final float BOTTOM = 64;

    private final PDDocument document;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    /** A place in the flow to come back to: a table of contents is filled in once the sections have pages. */
    public record Mark(PDPage page, float y) {
    }

    public PageFlow(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    public float left() {
        return MARGIN;
    }

    public float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    public float y() {
        return y;
    }

    public PDPage page() {
        return page;
    }

    public Mark mark() {
        return new Mark(page, y);
    }

    /** The height a page offers from its top margin to its bottom margin. */
    public static float bodyHeight() {
        return TOP - BOTTOM;
    }

    public void newPage() throws IOException {
        close();
        page = new PDPage(SIZE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    public boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    /** Starts a new page unless the height fits on this one. */
    public void ensure(float height) throws IOException {
        if (!fits(height) && y < TOP) {
            newPage();
        }
    }

    public void down(float height) {
        y -= height;
    }

    /** Wrapped text across the content width, continued on the next page where it runs out. */
    public void paragraph(String text, Style style) throws IOException {
        paragraph(text, style, 0);
    }

    public void paragraph(String text, Style style, float indent) throws IOException {
        for (String line : LineBreaker.lines(text, style, width() - indent)) {
            ensure(style.leading());
            line(line, style, left() + indent, y - style.ascent());
            y -= style.leading();
        }
    }

    /** One line that is already drawable, its baseline at the given height. */
    public void line(String drawable, Style style, float x, float baseline) throws IOException {
        draw(stream, drawable, style, x, baseline);
    }

    public static void draw(PDPageContentStream stream, String drawable, Style style, float x, float baseline) throws IOException {
        if (drawable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(style.face().font(), style.size());
        stream.setNonStrokingColor(style.color());
        if (style.bold()) {
            // the font has one weight: a thin outline of the same colour makes it bold
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(style.color());
            stream.setLineWidth(style.size() * 0.04f);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(drawable);
        stream.endText();
    }

    public void fill(float x, float top, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, top - height, width, height);
        stream.fill();
    }

    public void rule(float x, float top, float width, float thickness, Color color) throws IOException {
        fill(x, top, width, thickness, color);
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
