package org.normative.app.gui.review;

import org.normative.standards.review.Disposition;

/** Which comments the table shows by their disposition: all, those still open, or those with one disposition. */
public enum DispositionFilter {
    ALL(null),
    OPEN(null),
    ACCEPTED(Disposition.ACCEPTED),
    ACCEPTED_IN_PRINCIPLE(Disposition.ACCEPTED_IN_PRINCIPLE),
    REJECTED(Disposition.REJECTED),
    NOTED(Disposition.NOTED);

    private final Disposition disposition;

    DispositionFilter(Disposition disposition) {
        this.disposition = disposition;
    }

    boolean matches(Disposition actual) {
        return switch (this) {
            case ALL -> true;
            case OPEN -> actual == null;
            default -> disposition == actual;
        };
    }
}
