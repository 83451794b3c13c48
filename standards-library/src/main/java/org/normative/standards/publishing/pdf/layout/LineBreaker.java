package org.normative.standards.publishing.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces in Latin text, between any two characters in Chinese text
 * (which has no spaces), after the separators of paths and identifiers, before a markup tag, and, where a word is
 * wider than the line
 * (a SHA-256, a long XPath), inside it. Chinese punctuation that closes (，。）) never starts a line.
 */
public final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）】》」』〉…,.;:?!)]}%";
    private static final String NO_LINE_END = "（【《「『〈([{";
    private static final String SEPARATORS = "/-_.:=&?\\|,;";

    private LineBreaker() {
    }

    /** The lines of the text; a newline in it starts a new line, leading spaces of a paragraph are kept. */
    public static List<String> lines(String drawable, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : drawable.split("\n", -1)) {
            wrap(paragraph.stripTrailing(), style, width, lines);
        }
        return lines;
    }

    private static void wrap(String paragraph, Style style, float width, List<String> lines) {
        int[] chars = paragraph.codePoints().toArray();
        if (chars.length == 0) {
            lines.add("");
            return;
        }
        int indent = 0;
        while (indent < chars.length && chars[indent] == ' ') {
            indent++;
        }
        int start = 0;
        while (start < chars.length) {
            float used = 0;
            int lastBreak = -1;
            int i = start;
            while (i < chars.length) {
                used += style.face().width(chars[i], style.size());
                if (used > width && i > start) {
                    break;
                }
                if (i >= indent && breakAfter(chars, i)) {
                    lastBreak = i + 1;
                }
                i++;
            }
            int end;
            if (i == chars.length) {
                end = i;
            } else if (chars[i] == ' ') {
                end = i;
            } else {
                end = lastBreak > start ? lastBreak : i;
            }
            lines.add(new String(chars, start, end - start).stripTrailing());
            start = end;
            while (start < chars.length && chars[start] == ' ') {
                start++;
            }
        }
    }

    private static boolean breakAfter(int[] chars, int i) {
        if (i + 1 >= chars.length) {
            return false;
        }
        int here = chars[i];
        int next = chars[i + 1];
        if (here == ' ') {
            return next != ' ';
        }
        if (NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(here) >= 0 || next == ' ') {
            return false;
        }
        return wide(here) || wide(next) || SEPARATORS.indexOf(here) >= 0 || next == '<';
    }

    /** Scripts written without spaces between words: a line may break between any two of their characters. */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
