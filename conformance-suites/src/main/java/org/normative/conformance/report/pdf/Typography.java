package org.normative.conformance.report.pdf;

import java.awt.Color;

import org.normative.standards.publishing.pdf.layout.CjkFont;
import org.normative.standards.publishing.pdf.layout.Face;
import org.normative.standards.publishing.pdf.layout.Style;

/** The styles of the report, all from the one embedded font family. */
record Typography(Style title, Style heading, Style subheading, Style body, Style muted, Style cell, Style cellMono,
                  Style tableHeader, Style running) {

    static Typography of(CjkFont fonts) {
        Face text = fonts.text();
        Face mono = fonts.mono();
        return new Typography(
                new Style(text, 24, Palette.ACCENT, true),
                new Style(text, 14, Palette.ACCENT, true),
                new Style(text, 10.5f, Palette.INK, true),
                new Style(text, 9.5f, Palette.INK, false),
                new Style(text, 9, Palette.MUTED, false),
                new Style(text, 8.5f, Palette.INK, false),
                new Style(mono, 8, Palette.INK, false),
                new Style(text, 8.5f, Palette.ACCENT, true),
                new Style(text, 7.5f, Palette.MUTED, false));
    }

    /** A bold style in a colour, for a verdict or a severity. */
    Style flag(Color color) {
        return cell.coloured(color).emphasised();
    }
}
