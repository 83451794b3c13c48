package org.normative.standards.editing;

import java.util.Locale;
import java.util.Set;

/**
 * Mints the id of a new requirement in the pattern its edition already uses. Ids are paths in the style of OGC
 * ModSpec: the prefix shared by the edition's ids ({@code /req/dg-0102/}), or one made from the standard's code
 * when it has none yet, followed by a slug of the clause heading ({@code paging}); a Chinese heading has no Latin
 * words, so its id is numbered ({@code /req/dg-0101/r4}). An id once used in the edition is never
 * minted again.
 */
public final class RequirementIds {

    private RequirementIds() {
    }

    public static String mint(String standardCode, String clauseHeading, Set<String> taken) {
        String prefix = prefix(standardCode, taken);
        String slug = ClauseKeys.slug(clauseHeading);
        if (!slug.isEmpty() && !taken.contains(prefix + slug)) {
            return prefix + slug;
        }
        String stem = slug.isEmpty() ? "r" : slug + "-";
        for (int n = slug.isEmpty() ? taken.size() + 1 : 2; ; n++) {
            String candidate = prefix + stem + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The longest prefix up to a '/' that every id shares, or {@code /req/<code>/}. */
    static String prefix(String standardCode, Set<String> taken) {
        String shared = null;
        for (String id : taken) {
            String folder = id.substring(0, id.lastIndexOf('/') + 1);
            shared = shared == null ? folder : common(shared, folder);
        }
        if (shared != null && shared.length() > 1) {
            return shared;
        }
        String code = standardCode.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+/[a-z]+\\s+", "").replaceFirst("^[a-z]+\\s+", "");
        String prefixOfCode = standardCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", " ").strip().split("\\s+")[0];
        return "/req/" + ClauseKeys.slug(prefixOfCode + " " + code) + "/";
    }

    private static String common(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        String shared = a.substring(0, n);
        return shared.substring(0, shared.lastIndexOf('/') + 1);
    }
}
