package org.normative.conformance.report.pdf;

import java.awt.Color;

import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.OverallVerdict;

/** The report's colours: green for what holds, red for what fails, amber for what is open, grey for the rest. */
final class Palette {

    static final Color INK = new Color(0x1F, 0x26, 0x33);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    static final Color ACCENT = new Color(0x1B, 0x3A, 0x6B);
    static final Color GREEN = new Color(0x1E, 0x7B, 0x3E);
    static final Color RED = new Color(0xB4, 0x23, 0x18);
    static final Color AMBER = new Color(0xA8, 0x62, 0x00);
    static final Color PURPLE = new Color(0x6B, 0x2C, 0x91);
    static final Color GREY = new Color(0x6B, 0x72, 0x80);

    private Palette() {
    }

    static Color of(OverallVerdict verdict) {
        return switch (verdict) {
            case CONFORMANT -> GREEN;
            case NOT_CONFORMANT -> RED;
            case INCOMPLETE -> AMBER;
            case ERROR -> PURPLE;
        };
    }

    static Color of(Verdict verdict) {
        return switch (verdict) {
            case PASS -> GREEN;
            case WARNING, INCONCLUSIVE, NOT_TESTED -> AMBER;
            case FAIL -> RED;
            case ERROR -> PURPLE;
            case NOT_APPLICABLE -> GREY;
        };
    }

    static Color of(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> AMBER;
            case INFO -> GREY;
        };
    }

    /** The colour mixed with white: a background under text of the colour itself. */
    static Color tint(Color color) {
        return new Color(mix(color.getRed()), mix(color.getGreen()), mix(color.getBlue()));
    }

    private static int mix(int channel) {
        return Math.round(channel * 0.12f + 255 * 0.88f);
    }
}
