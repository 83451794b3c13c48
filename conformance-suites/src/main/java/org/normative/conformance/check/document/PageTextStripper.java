package org.normative.conformance.check.document;

import java.io.IOException;
import java.io.Writer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.normative.conformance.check.CheckContext;

/**
 * PDFBox's text extraction, handing over one page at a time so that memory holds a page, not the document, and
 * looking at the check's time limit before each page.
 */
final class PageTextStripper extends PDFTextStripper {

    @FunctionalInterface
    interface PageHandler {
        void page(PDPage page, int number, String text) throws IOException;
    }

    private final CheckContext context;
    private final PageHandler handler;
    private final StringBuilder text = new StringBuilder();

    PageTextStripper(CheckContext context, PageHandler handler) {
        this.context = context;
        this.handler = handler;
        setLineSeparator("\n");
        setParagraphEnd("\n");
    }

    /** Reads every page in order. */
    void read(PDDocument document) throws IOException {
        writeText(document, new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                text.append(chars, offset, length);
            }

            @Override
            public void write(String chars) {
                text.append(chars);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        context.checkpoint();
        super.processPage(page);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        text.setLength(0);
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        handler.page(page, getCurrentPageNo(), text.toString());
        text.setLength(0);
    }
}
