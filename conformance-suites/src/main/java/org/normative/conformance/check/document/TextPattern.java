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
 *
 * @param written the text as the profile writes it, for messages
 * @param text what is compared: squeezed (and lower-cased for {@code ignore-case}), or the expression
 */
record TextPattern(Mode mode, String written, String text, Pattern regex) {

    enum Mode { EXACT, IGNORE_CASE, REGEX }

    static TextPattern exact(String text) {
        return new TextPattern(Mode.EXACT, text, squeeze(text), null);
    }

    static TextPattern ignoreCase(String text) {
        return new TextPattern(Mode.IGNORE_CASE, text, squeeze(text).toLowerCase(Locale.ROOT), null);
    }

    static TextPattern regex(String expression) {
        return new TextPattern(Mode.REGEX, expression, expression, Pattern.compile(expression));
    }

    /** Whether the whole of {@code candidate} (a heading, a line, a paragraph) is this text. */
    boolean matchesWhole(String candidate, CheckContext context) {
        return switch (mode) {
            case EXACT -> squeeze(candidate).equals(text);
            case IGNORE_CASE -> squeeze(candidate).toLowerCase(Locale.ROOT).equals(text);
            case REGEX -> regex.matcher(new GuardedText(collapse(candidate), context)).matches();
        };
    }

    /**
     * Where this text occurs in {@code content}, as a snippet of the content as written around it; null when it
     * does not occur.
     */
    String findIn(String content, CheckContext context) {
        Folded folded = Folded.of(content, mode != Mode.REGEX);
        return switch (mode) {
            case EXACT -> folded.around(folded.text.indexOf(text), text.length());
            case IGNORE_CASE -> folded.around(folded.text.toLowerCase(Locale.ROOT).indexOf(text), text.length());
            case REGEX -> {
                Matcher matcher = regex.matcher(new GuardedText(folded.text, context));
                yield matcher.find() ? folded.around(matcher.start(), matcher.end() - matcher.start()) : null;
            }
        };
    }

    /** How findings quote it. */
    String describe() {
        return mode == Mode.REGEX ? "/" + written + "/" : written;
    }

    /** NFKC with every run of white space made one space, trimmed: how a heading is shown and matched by regex. */
    static String collapse(String text) {
        return Folded.of(text, false).text();
    }

    static String squeeze(String text) {
        return Folded.of(text, true).text();
    }

    /** Characters other than white space: how long a text is, in Chinese and in English alike. */
    static long visibleLength(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    /** Characters of the content shown on each side of a phrase found. */
    private static final int CONTEXT = 40;

    /**
     * A text normalised character by character as {@link #squeeze} or {@link #collapse} do, remembering where each
     * character came from, so that a snippet quotes the document as written.
     */
    private record Folded(String original, String text, int[] origin) {

        static Folded of(String original, boolean squeeze) {
            StringBuilder text = new StringBuilder(original.length());
            int[] origin = new int[original.length() + 1];
            boolean space = false;
            for (int i = 0; i < original.length(); ) {
                int codePoint = original.codePointAt(i);
                String folded = codePoint < 0x80 ? Character.toString(codePoint) // ASCII is its own NFKC form
                        : Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
                boolean white = folded.isBlank();
                if (white) {
                    space = !squeeze && text.length() > 0;
                } else {
                    if (space) {
                        origin = grow(origin, text.length() + 1);
                        origin[text.length()] = i;
                        text.append(' ');
                        space = false;
                    }
                    for (int k = 0; k < folded.length(); k++) {
                        origin = grow(origin, text.length() + 1);
                        origin[text.length()] = i;
                        text.append(folded.charAt(k));
                    }
                }
                i += Character.charCount(codePoint);
            }
            return new Folded(original, text.toString(), origin);
        }

        private static int[] grow(int[] origin, int needed) {
            return needed < origin.length ? origin : java.util.Arrays.copyOf(origin, Math.max(needed + 1, origin.length * 2));
        }

        String around(int start, int length) {
            if (start < 0) {
                return null;
            }
            int from = origin[start];
            int last = origin[start + Math.max(0, length - 1)];
            int to = length == 0 ? from : last + Character.charCount(original.codePointAt(last));
            int snippetFrom = Math.max(0, from - CONTEXT);
            int snippetTo = Math.min(original.length(), to + CONTEXT);
            return (snippetFrom > 0 ? "…" : "") + collapseSpaces(original.substring(snippetFrom, snippetTo))
                    + (snippetTo < original.length() ? "…" : "");
        }

        private static String collapseSpaces(String text) {
            return text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
        }
    }

    /** At most 120 characters of a text, for a finding's snippet. */
    static String snippet(String text) {
        String collapsed = collapse(text);
        return collapsed.length() <= 120 ? collapsed : collapsed.substring(0, 120) + "…";
    }
}
