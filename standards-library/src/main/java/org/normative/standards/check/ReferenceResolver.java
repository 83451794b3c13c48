package org.normative.standards.check;

import java.util.Locale;
import java.util.Optional;

/**
 * What the library knows about the documents an edition refers to. The editorial checks ask it about each
 * reference; the workspace answers from its standards, tests answer from memory ({@link InMemoryReferenceResolver}).
 */
public interface ReferenceResolver {

    /**
     * The standard with this code and its editions (their labels and stages, oldest first), or empty when the library
     * does not hold it. Codes compare without regard to case and whitespace ({@code DG/T0101} is {@code DG/T 0101}).
     * {@link KnownStandard#meant(String)} and {@link KnownStandard#newerPublished(String)} then answer, for an
     * optional edition label, the stage of that edition and of the newest one.
     */
    Optional<KnownStandard> resolve(String code);

    /**
     * Whether a code looks like one of the library's own (the same prefix, such as {@code DG/T}), so that not knowing
     * it is worth a note. The prefix of the standard being checked always counts as internal as well.
     */
    default boolean isInternal(String code) {
        return false;
    }

    /** A resolver that knows nothing: reference checks then only note unknown codes with the checked prefix. */
    static ReferenceResolver none() {
        return code -> Optional.empty();
    }

    /** {@code DG/T 0102} -> {@code DG/T}, {@code ISO/IEC 27001} -> {@code ISO/IEC}, upper case. */
    static String prefixOf(String code) {
        String c = code == null ? "" : code.strip();
        int end = 0;
        while (end < c.length() && (Character.isLetter(c.charAt(end)) || c.charAt(end) == '/')) {
            end++;
        }
        return c.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** The form under which codes compare: upper case, no whitespace. */
    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
