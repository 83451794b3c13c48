package org.normative.standards.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.normative.standards.library.Obligation;

/**
 * Reads the obligation of a provision from its verbal forms, in English (ISO/IEC Directives Part 2, clause 7:
 * shall, should, may, can and their negatives, with the equivalent expressions of tables 3 to 6) and in Chinese
 * (GB/T 1.1-2020, annex C: 应, 宜, 可, 能 and their negatives and equivalents). A text may mix both languages.
 *
 * <p>English forms match whole words, case-insensitively; a negative form always wins over the positive form it
 * starts with ("shall not" is {@link Obligation#SHALL_NOT}). Chinese forms are found by forward maximum matching
 * with a list of words that merely contain 应, 宜, 可 or 能 (see {@code ChineseForms} for the method and its
 * limits). "must" / 必须 and "may not" / 不可 are not verbal forms of either rule: they are matched with the
 * obligation {@link Obligation#NONE} and a {@link VerbalFormWarning}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ObligationDetector {

    /**
     * The obligation of a provision. Rule: the <em>strongest level</em> found decides (requirement over
     * recommendation over permission over possibility), and within that level the first occurrence. A requirement
     * with a permitted variant ("Collections shall be paged; clients may ask for smaller pages") is a requirement,
     * whatever order its sentences come in. Warnings cover the whole text, in the order first seen, plus
     * {@link VerbalFormWarning#MIXED_LEVELS} when forms of more than one level occur.
     */
    public Detection detect(String text) {
        String t = text == null ? "" : text;
        List<Match> matches = findAll(t);
        Set<VerbalFormWarning> warnings = new LinkedHashSet<>();
        matches.forEach(m -> warnings.addAll(m.warnings()));
        List<Match> forms = matches.stream().filter(Match::isVerbalForm).toList();
        if (forms.stream().map(m -> m.obligation().level()).distinct().count() > 1) {
            warnings.add(VerbalFormWarning.MIXED_LEVELS);
        }
        List<VerbalFormWarning> warningList = List.copyOf(warnings);
        return forms.stream()
                .min(Comparator.comparing((Match m) -> m.obligation().level()).thenComparingInt(Match::offset))
                .map(m -> Detection.of(m, warningList))
                .orElseGet(() -> Detection.none(
                        matches.isEmpty() ? Language.guess(t) : matches.get(0).language(), warningList));
    }

    /**
     * Every verbal form in the text and every form worth a warning, in text order, none overlapping: what an editor
     * highlights. Offsets are UTF-16 indexes into {@code text}.
     */
    public List<Match> findAll(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match> all = new ArrayList<>(EnglishForms.scan(text));
        all.addAll(ChineseForms.scan(text));
        all.sort(Comparator.comparingInt(Match::offset));
        return List.copyOf(all);
    }
}
