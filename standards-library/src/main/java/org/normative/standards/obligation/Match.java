package org.normative.standards.obligation;

import java.util.List;
import java.util.Objects;

import org.normative.standards.library.Obligation;

/**
 * One verbal form found in a text: {@code phrase} as written, at {@code offset} (UTF-16 index, as
 * {@link String#substring(int, int)} and text controls count) for {@code length} chars. A form that the drafting
 * rules forbid ("must", 必须, "may not", 不可) has the obligation {@link Obligation#NONE} and a warning.
 */
public record Match(Obligation obligation, String phrase, int offset, int length, Language language,
                    List<VerbalFormWarning> warnings) {

    public Match {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(language, "language");
        warnings = List.copyOf(warnings);
        if (offset < 0 || length != phrase.length()) {
            throw new IllegalArgumentException("a match needs a non-negative offset and the length of its phrase");
        }
    }

    /** The index just after the phrase. */
    public int end() {
        return offset + length;
    }

    /** True for a form of ISO/IEC Directives Part 2 or GB/T 1.1, false for a form only worth a warning. */
    public boolean isVerbalForm() {
        return obligation != Obligation.NONE;
    }
}
