package org.normative.standards.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Word-level diff of two texts, for Latin and Chinese text alike.
 *
 * <p>Tokens: a run of letters and digits is one word; every Han, Hiragana or Katakana character is a token of its own
 * (Chinese has no spaces between words, and a character is the smallest unit a reader compares); a run of
 * whitespace is one token; every other character (punctuation, symbols) is a token of its own. Tokens never drop a
 * character, so the segments reproduce both texts exactly.
 *
 * <p>After the diff, whitespace that stands alone between two changed runs is folded into them, so
 * {@code "the quick brown"} -> {@code "a slow brown"} reads as one replacement of {@code "the quick"} rather than
 * two replacements around an unchanged space.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /**
     * The diff from {@code before} to {@code after} (null reads as empty): segments in text order, a deletion before
     * the insertion that replaces it, adjacent segments never of the same kind. Empty when both texts are empty.
     */
    public static List<TextSegment> between(String before, String after) {
        String from = before == null ? "" : before;
        String to = after == null ? "" : after;
        if (from.equals(to)) {
            return from.isEmpty() ? List.of() : List.of(new TextSegment(TextSegment.Kind.EQUAL, from));
        }
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        List<Region> regions = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > next) {
                regions.add(Region.equal(String.join("", a.subList(next, start))));
            }
            regions.add(Region.change(String.join("", delta.getSource().getLines()),
                    String.join("", delta.getTarget().getLines())));
            next = start + delta.getSource().size();
        }
        if (next < a.size()) {
            regions.add(Region.equal(String.join("", a.subList(next, a.size()))));
        }
        return segments(foldLoneWhitespace(regions));
    }

    /** The tokens of {@code text}, which concatenate back to it. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isSpace(cp)) {
                end = runEnd(text, end, WordDiff::isSpace);
            } else if (isWordChar(cp)) {
                end = runEnd(text, end, WordDiff::isWordChar);
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int runEnd(String text, int from, IntPredicate member) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!member.test(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Letters, digits and combining marks of scripts written with spaces between words. */
    private static boolean isWordChar(int cp) {
        if (isCharacterPerToken(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isCharacterPerToken(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static List<Region> foldLoneWhitespace(List<Region> regions) {
        List<Region> folded = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            Region previous = folded.isEmpty() ? null : folded.get(folded.size() - 1);
            if (region.isChange() && previous != null && previous.isChange()) {
                folded.set(folded.size() - 1, previous.join("", region));
            } else if (!region.isChange() && region.equal.codePoints().allMatch(WordDiff::isSpace)
                    && previous != null && previous.isChange() && i + 1 < regions.size()
                    && regions.get(i + 1).isChange()) {
                folded.set(folded.size() - 1, previous.join(region.equal, regions.get(i + 1)));
                i++;
            } else {
                folded.add(region);
            }
        }
        return folded;
    }

    private static List<TextSegment> segments(List<Region> regions) {
        List<TextSegment> segments = new ArrayList<>();
        for (Region region : regions) {
            if (!region.isChange()) {
                segments.add(new TextSegment(TextSegment.Kind.EQUAL, region.equal));
                continue;
            }
            if (!region.deleted.isEmpty()) {
                segments.add(new TextSegment(TextSegment.Kind.DELETED, region.deleted));
            }
            if (!region.inserted.isEmpty()) {
                segments.add(new TextSegment(TextSegment.Kind.INSERTED, region.inserted));
            }
        }
        return segments;
    }

    /** Either unchanged text ({@code equal} non-null) or a change: text deleted and text inserted in its place. */
    private record Region(String equal, String deleted, String inserted) {

        static Region equal(String text) {
            return new Region(text, null, null);
        }

        static Region change(String deleted, String inserted) {
            return new Region(null, deleted, inserted);
        }

        boolean isChange() {
            return equal == null;
        }

        /** This change, then {@code between} (unchanged in both texts), then {@code next}, as one change. */
        Region join(String between, Region next) {
            return change(deleted + between + next.deleted, inserted + between + next.inserted);
        }
    }
}
