package org.normative.standards.publishing.pdf.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The bundled WenQuanYi Micro Hei collection (Apache-2.0, {@code fonts/LICENSE-wqy-microhei.txt}), the one font of
 * every PDF Normative writes: TrueType outlines with Latin and CJK glyphs, so that one font sets mixed English and
 * Chinese text. Its proportional face for text, its monospaced face for identifiers, hashes and snippets; both
 * embedded as subsets. The collection stays open until the document is saved, because the subsets are cut when it is.
 */
public final class CjkFont implements Closeable {

    private static final String RESOURCE = "fonts/wqy-microhei.ttc";

    private final TrueTypeCollection collection;
    private final Face text;
    private final Face mono;

    public CjkFont(PDDocument document) throws IOException {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the font " + RESOURCE + " is missing from the build");
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

    public Face text() {
        return text;
    }

    public Face mono() {
        return mono;
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
