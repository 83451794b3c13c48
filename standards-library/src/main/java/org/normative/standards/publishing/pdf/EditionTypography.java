package org.normative.standards.publishing.pdf;

import java.awt.Color;

import org.normative.standards.publishing.pdf.layout.CjkFont;
import org.normative.standards.publishing.pdf.layout.Face;
import org.normative.standards.publishing.pdf.layout.Style;

/** The styles of a standard's PDF, all from the one embedded font family, in black and one dark blue. */
record EditionTypography(Style designation, Style title, Style otherTitle, Style stage, Style heading1, Style heading2,
                         Style heading3, Style body, Style muted, Style requirementId, Style running) {

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x59, 0x5F, 0x69);
    static final Color ACCENT = new Color(0x1B, 0x3A, 0x6B);
    static final Color TINT = new Color(0xEE, 0xF2, 0xF8);

    static EditionTypography of(CjkFont fonts) {
        Face text = fonts.text();
        return new EditionTypography(
                new Style(text, 17, INK, true),
                new Style(text, 22, INK, true),
                new Style(text, 13, MUTED, false),
                new Style(text, 11, ACCENT, true),
                new Style(text, 13, INK, true),
                new Style(text, 11.5f, INK, true),
                new Style(text, 10.5f, INK, true),
                new Style(text, 10.5f, INK, false),
                new Style(text, 9, MUTED, false),
                new Style(fonts.mono(), 9, ACCENT, true),
                new Style(text, 8.5f, MUTED, false));
    }

    Style heading(int level) {
        return level <= 1 ? heading1 : level == 2 ? heading2 : heading3;
    }
}
