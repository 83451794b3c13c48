package org.normative.standards.editing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Stable keys for new clauses, terms and references: a slug of the heading's Latin words ("Paging rules" becomes
 * {@code paging-rules}), or of the kind when the heading has none (a Chinese heading gives {@code clause-3}), made
 * unique with a number. The key never changes afterwards, whatever the clause is renamed to.
 */
final class ClauseKeys {

    private static final int MAX_WORDS = 4;

    private ClauseKeys() {
    }

    static String mint(String text, Set<String> taken) {
        String slug = slug(text);
        String stem = slug.isEmpty() ? "clause" : slug;
        if (!taken.contains(stem)) {
            return stem;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Up to four lower-case ASCII words of the text, joined by hyphens; empty when it has none. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        int words = 0;
        for (String word : plain.split("[^a-z0-9]+")) {
            if (word.isEmpty() || words == MAX_WORDS) {
                continue;
            }
            slug.append(slug.isEmpty() ? "" : "-").append(word);
            words++;
        }
        return slug.toString();
    }
}
