package org.normative.standards.library;

import java.util.Objects;

/** A defined term of an edition; {@code key} is its stable identity, {@code source} (may be null) where it comes from. */
public record Term(String key, String term, String definition, String source) {

    public Term {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(term, "term");
        definition = definition == null ? "" : definition;
    }
}
