package org.normative.app.gui.conformance;

import java.util.Locale;

import org.normative.app.gui.i18n.Localization;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.OverallVerdict;

/**
 * How a verdict reads: a symbol and a word (so it never depends on colour alone) and a style class that colours it.
 */
public final class VerdictText {

    private final Localization localization;

    public VerdictText(Localization localization) {
        this.localization = localization;
    }

    public String of(Verdict verdict) {
        return symbol(verdict) + " " + localization.text("verdict." + verdict.name());
    }

    public String of(OverallVerdict verdict) {
        return symbol(verdict) + " " + localization.text("verdict.overall." + verdict.name());
    }

    public static String symbol(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "\u2714";
            case NOT_APPLICABLE -> "\u2013";
            case WARNING -> "\u26a0";
            case NOT_TESTED -> "\u25cb";
            case INCONCLUSIVE -> "?";
            case FAIL -> "\u2716";
            case ERROR -> "\u2298";
        };
    }

    public static String symbol(OverallVerdict verdict) {
        return switch (verdict) {
            case CONFORMANT -> "\u2714";
            case INCOMPLETE -> "\u25d0";
            case NOT_CONFORMANT -> "\u2716";
            case ERROR -> "\u2298";
        };
    }

    /** {@code verdict-fail}, {@code verdict-pass}...: the colour, in app.css. */
    public static String styleClass(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String styleClass(OverallVerdict verdict) {
        return switch (verdict) {
            case CONFORMANT -> styleClass(Verdict.PASS);
            case INCOMPLETE -> styleClass(Verdict.NOT_TESTED);
            case NOT_CONFORMANT -> styleClass(Verdict.FAIL);
            case ERROR -> styleClass(Verdict.ERROR);
        };
    }
}
