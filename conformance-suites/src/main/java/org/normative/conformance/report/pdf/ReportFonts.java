package org.normative.conformance.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The bundled WenQuanYi Micro Hei collection (Apache-2.0, {@code fonts/LICENSE-wqy-microhei.txt}): TrueType outlines
 * with Latin and CJK glyphs, so that one font sets mixed English and Chinese text. Its proportional face for text,
 * its monospaced face for identifiers, hashes and snippets; both embedded as subsets. The collection stays open until
 * the document is saved, because the subsets are cut when it is.
 */
final class ReportFonts implements Closeable {

    private static final String RESOURCE = "fonts/wqy-microhei.ttc";

    private final TrueTypeCollection collection;
    private final Face text;
    private final Face mono;

    ReportFonts(PDDocument document) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the report font " + RESOURCE + " is missing from the build");
            }
            collection = new TrueTypeCollection(in);
        }
        try {
            text = Face.load(document, collection.getFontByName("WenQuanYiMicroHei"));
            mono = Face.load(document, collection.getFontByName("WenQuanYiMicroHeiMono"));
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    Face text() {
        return text;
    }

    Face mono() {
        return mono;
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
