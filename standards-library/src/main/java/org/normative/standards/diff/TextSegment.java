package org.normative.standards.diff;

import java.util.Objects;

/**
 * A run of text in a word-level diff: unchanged, only in the later text, or only in the earlier text. The
 * {@link Kind#EQUAL} and {@link Kind#DELETED} segments of a diff concatenate to the earlier text, the
 * {@link Kind#EQUAL} and {@link Kind#INSERTED} ones to the later text.
 */
public record TextSegment(Kind kind, String text) {

    public enum Kind {
        EQUAL,
        INSERTED,
        DELETED
    }

    public TextSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
