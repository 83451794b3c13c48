package org.normative.standards.review;

import java.util.Locale;
import java.util.Optional;

/** What the secretariat decided about a comment. */
public enum Disposition {
    ACCEPTED("accepted"),
    ACCEPTED_IN_PRINCIPLE("accepted in principle"),
    REJECTED("rejected"),
    NOTED("noted");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    /** As people write it: "accepted in principle". */
    public String label() {
        return label;
    }

    /** Accepted dispositions change the text; they are the ones linked to the change they caused. */
    public boolean changesText() {
        return this == ACCEPTED || this == ACCEPTED_IN_PRINCIPLE;
    }

    /** Reads "accepted in principle", "accepted-in-principle", "ACCEPTED_IN_PRINCIPLE" alike. */
    public static Optional<Disposition> parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (Disposition disposition : values()) {
            if (disposition.label.equals(value)) {
                return Optional.of(disposition);
            }
        }
        return Optional.empty();
    }
}
