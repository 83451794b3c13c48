package org.normative.standards.obligation;

import java.util.List;
import java.util.Objects;

import org.normative.standards.library.Obligation;

/**
 * The obligation of a provision as {@link ObligationDetector#detect(String)} reads it: the deciding verbal form
 * ({@code phrase} at {@code offset} for {@code length} chars), its language, and the warnings about the whole text.
 * When the text holds no verbal form, the obligation is {@link Obligation#NONE}, the phrase is empty, the offset
 * is -1 and the language is a guess from the script of the text.
 */
public record Detection(Obligation obligation, String phrase, int offset, int length, Language language,
                        List<VerbalFormWarning> warnings) {

    public Detection {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(language, "language");
        warnings = List.copyOf(warnings);
    }

    static Detection of(Match match, List<VerbalFormWarning> warnings) {
        return new Detection(match.obligation(), match.phrase(), match.offset(), match.length(), match.language(),
                warnings);
    }

    static Detection none(Language language, List<VerbalFormWarning> warnings) {
        return new Detection(Obligation.NONE, "", -1, 0, language, warnings);
    }

    /** True when the text holds a verbal form. */
    public boolean found() {
        return obligation != Obligation.NONE;
    }

    public boolean has(VerbalFormWarning warning) {
        return warnings.contains(warning);
    }
}
