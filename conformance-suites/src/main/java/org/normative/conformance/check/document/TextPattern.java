package org.normative.conformance.check.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.GuardedText;

/**
 * A text a profile looks for: a heading, a forbidden phrase. {@code exact} and {@code ignore-case} compare with all
 * white space removed (PDF text extraction does not keep spaces reliably, and "1 范围" is written with or without
 * the space); {@code regex} matches the text with its white space collapsed to single spaces. Both sides are
 * NFKC-normalised first, so full-width digits and the ideographic space count as their plain forms.
 */
record TextPattern(Mode mode, String text, Pattern regex) {

    enum Mode { EXACT, IGNORE_CASE, REGEX }

    static TextPattern exact(String text) {
        return new TextPattern(Mode.EXACT, squeeze(text), null);
    }

    static TextPattern ignoreCase(String text) {
        return new TextPattern(Mode.IGNORE_CASE, squeeze(text).toLowerCase(Locale.ROOT), null);
    }

    static TextPattern regex(String expression) {
        return new TextPattern(Mode.REGEX, expression, Pattern.compile(expression));
    }

    /** Whether the whole of {@code candidate} (a heading, a line, a paragraph) is this text. */
    boolean matchesWhole(String candidate, CheckContext context) {
        return switch (mode) {
            case EXACT -> squeeze(candidate).equals(text);
            case IGNORE_CASE -> squeeze(candidate).toLowerCase(Locale.ROOT).equals(text);
            case REGEX -> regex.matcher(new GuardedText(collapse(candidate), context)).matches();
        };
    }

    /** Where this text occurs in {@code content}, as a snippet around it; null when it does not occur. */
    String findIn(String content, CheckContext context) {
        return switch (mode) {
            case EXACT -> around(squeeze(content), squeeze(content).indexOf(text), text.length());
            case IGNORE_CASE -> {
                String squeezed = squeeze(content);
                yield around(squeezed, squeezed.toLowerCase(Locale.ROOT).indexOf(text), text.length());
            }
            case REGEX -> {
                String collapsed = collapse(content);
                Matcher matcher = regex.matcher(new GuardedText(collapsed, context));
                yield matcher.find() ? around(collapsed, matcher.start(), matcher.end() - matcher.start()) : null;
            }
        };
    }

    /** How findings quote it. */
    String describe() {
        return mode == Mode.REGEX ? "/" + text + "/" : text;
    }

    /** NFKC with every run of white space made one space, trimmed: how a heading is shown and matched by regex. */
    static String collapse(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    /** Characters other than white space: how long a text is, in Chinese and in English alike. */
    static long visibleLength(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    private static final int CONTEXT = 40;

    private static String around(String content, int start, int length) {
        if (start < 0) {
            return null;
        }
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(content.length(), start + length + CONTEXT);
        return (from > 0 ? "…" : "") + content.substring(from, to) + (to < content.length() ? "…" : "");
    }

    /** At most 120 characters of a text, for a finding's snippet. */
    static String snippet(String text) {
        String collapsed = collapse(text);
        return collapsed.length() <= 120 ? collapsed : collapsed.substring(0, 120) + "…";
    }
}
