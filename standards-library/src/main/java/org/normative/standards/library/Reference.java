package org.normative.standards.library;

import java.util.Objects;

/**
 * A reference from an edition to another document: {@code code} such as {@code GB/T 22239} or {@code DG/T 0101},
 * {@code edition} such as {@code 2019} for a dated reference or null for an undated one (which means the latest
 * edition, amendments included), and whether it is normative (in clause 2) or informative (bibliography).
 * Whether it is internal is not stored: a reference is internal when the library holds a standard with its code.
 */
public record Reference(String key, String code, String edition, String title, boolean normative) {

    public Reference {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        edition = edition == null || edition.isBlank() ? null : edition.strip();
        title = title == null ? "" : title;
    }

    public boolean isDated() {
        return edition != null;
    }

    /** As people write it: {@code GB/T 22239-2019}, {@code ISO/IEC 27001:2022}, or the bare code when undated. */
    public String citation() {
        if (edition == null) {
            return code;
        }
        return code + (code.startsWith("ISO") || code.startsWith("IEC") ? ":" : "-") + edition;
    }
}
