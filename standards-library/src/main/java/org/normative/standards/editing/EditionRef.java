package org.normative.standards.editing;

import org.normative.standards.StandardsException;

/** A standard edition as people name it on the command line: {@code DG/T 0101@2026}, or the code alone. */
public record EditionRef(String code, String label) {

    /** Parses {@code CODE@EDITION}; without {@code @} the label is null (the current edition). */
    public static EditionRef parse(String text) throws StandardsException {
        String value = text == null ? "" : text.strip();
        int at = value.lastIndexOf('@');
        String code = at < 0 ? value : value.substring(0, at).strip();
        String label = at < 0 ? null : value.substring(at + 1).strip();
        if (code.isEmpty() || (label != null && label.isEmpty())) {
            throw new StandardsException("edition.badReference", text);
        }
        return new EditionRef(code, label);
    }

    @Override
    public String toString() {
        return label == null ? code : code + "@" + label;
    }
}
