package org.normative.conformance.report.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.standards.publishing.pdf.layout.Style;
import org.normative.conformance.report.ReportText;

/**
 * The running header (the report's title and id) and footer (the suite and "Page n of m") of every page, drawn when
 * the document is complete and its page count known.
 */
final class PageDecoration {

    private final ReportText text;
    private final String reportId;
    private final String suite;
    private final Style style;

    PageDecoration(ReportText text, String reportId, String suite, Style style) {
        this.text = text;
        this.reportId = reportId;
        this.suite = suite;
        this.style = style;
    }

    void apply(PDDocument document) throws IOException {
        int count = document.getNumberOfPages();
        float left = PageFlow.MARGIN;
        float right = PageFlow.SIZE.getWidth() - PageFlow.MARGIN;
        float headerLine = PageFlow.TOP + 18;
        float footerLine = PageFlow.BOTTOM - 22;
        String title = style.face().drawable(text.get("report.title"));
        String id = style.face().drawable(text.get("report.header", reportId));
        String suiteLine = style.face().drawable(suite);
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                PageFlow.draw(stream, title, style, left, headerLine + 5);
                PageFlow.draw(stream, id, style, right - style.face().width(id, style.size()), headerLine + 5);
                stream.setNonStrokingColor(PdfTable.RULE);
                stream.addRect(left, headerLine, right - left, 0.6f);
                stream.addRect(left, footerLine, right - left, 0.6f);
                stream.fill();
                String pageText = style.face().drawable(text.get("report.page", i + 1, count));
                PageFlow.draw(stream, suiteLine, style, left, footerLine - 12);
                PageFlow.draw(stream, pageText, style, right - style.face().width(pageText, style.size()), footerLine - 12);
            }
        }
    }
}
