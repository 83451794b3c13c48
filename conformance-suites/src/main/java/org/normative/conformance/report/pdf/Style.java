package org.normative.conformance.report.pdf;

import java.awt.Color;

/** How a run of text is set: face, size, colour, and whether it is drawn bold (the font has one weight). */
record Style(Face face, float size, Color color, boolean bold) {

    /** Line height: 1.4 times the size, room for the font's ascender and descender. */
    float leading() {
        return size * 1.4f;
    }

    /** From the top of a line box to the baseline. */
    float ascent() {
        return size * 1.05f;
    }

    Style sized(float newSize) {
        return new Style(face, newSize, color, bold);
    }

    Style coloured(Color newColor) {
        return new Style(face, size, newColor, bold);
    }

    Style emphasised() {
        return new Style(face, size, color, true);
    }
}
