package org.normative.standards.publishing.pdf.layout;

import java.awt.Color;

/** How a run of text is set: face, size, colour, and whether it is drawn bold (the font has one weight). */
public record Style(Face face, float size, Color color, boolean bold) {

    /** Line height: 1.4 times the size, room for the font's ascender and descender. */
    public float leading() {
        return size * 1.4f;
    }

    /** From the top of a line box to the baseline. */
    public float ascent() {
        return size * 1.05f;
    }

    public Style sized(float newSize) {
        return new Style(face, newSize, color, bold);
    }

    public Style coloured(Color newColor) {
        return new Style(face, size, newColor, bold);
    }

    public Style emphasised() {
        return new Style(face, size, color, true);
    }
}
