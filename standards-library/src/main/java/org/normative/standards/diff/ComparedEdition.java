package org.normative.standards.diff;

import java.util.Locale;
import java.util.Objects;

import org.normative.standards.library.Edition;
import org.normative.standards.library.Stage;

/**
 * Which edition a side of a diff is: standard code ({@code DG/T 0102}), edition label ({@code 2022}) and stage code
 * ({@code 60.60}). The diff itself works on content and does not need it; the JSON and text renderings name both
 * sides with it. Unlike {@code editing.EditionRef}, which names an edition as typed ({@code CODE@EDITION}), this
 * one is resolved and carries the stage.
 */
public record ComparedEdition(String standardCode, String editionLabel, String stageCode) {

    public ComparedEdition {
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(editionLabel, "editionLabel");
    }

    public static ComparedEdition of(String standardCode, Edition edition) {
        return new ComparedEdition(standardCode, edition.label(),
                edition.stage() == null ? null : edition.stage().code());
    }

    /** As the command line takes it, with the stage: {@code DG/T 0102@2022 (60.60 Published)}. */
    public String display(Locale locale) {
        String at = standardCode + "@" + editionLabel;
        if (stageCode == null) {
            return at;
        }
        return at + " (" + Stage.ofCode(stageCode).map(s -> s.label(locale)).orElse(stageCode) + ")";
    }
}
