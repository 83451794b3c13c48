package org.normative.standards.check;

import java.util.Objects;

import org.normative.standards.library.Stage;

/** An edition the library holds, as a reference check needs it: its label and its stage. */
public record KnownEdition(String label, Stage stage) {

    public KnownEdition {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stage, "stage");
    }

    /** {@code DG/T 0201-2025} style, for messages. */
    String citation(String code) {
        return code + (code.startsWith("ISO") || code.startsWith("IEC") ? ":" : "-") + label;
    }
}
