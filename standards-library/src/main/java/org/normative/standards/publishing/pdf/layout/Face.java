package org.normative.standards.publishing.pdf.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font face as the layout needs it: which characters it can draw, and how wide they are. Widths are cached per
 * character, so wrapping a long text measures each character once.
 */
public final class Face {

    /** Drawn where the font has no glyph (emoji, private use), rather than failing the document. */
    private static final int REPLACEMENT = '?';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> widths = new HashMap<>();

    private Face(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    public static Face load(PDDocument document, TrueTypeFont ttf) throws IOException {
        if (ttf == null) {
            throw new IOException("the font collection lacks a face");
        }
        return new Face(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
    }

    public PDType0Font font() {
        return font;
    }

    /** The text with tabs as spaces, other control characters dropped and characters without a glyph replaced. */
    public String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append("    ");
            } else if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return;
            } else {
                out.appendCodePoint(cmap.getGlyphId(c) != 0 ? c : REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** The advance of one drawable character at the given size, in points. */
    public float width(int codePoint, float size) {
        return widths.computeIfAbsent(codePoint, this::measure) * size / 1000f;
    }

    public float width(String drawable, float size) {
        float sum = 0;
        for (int i = 0; i < drawable.length(); ) {
            int c = drawable.codePointAt(i);
            sum += width(c, size);
            i += Character.charCount(c);
        }
        return sum;
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
