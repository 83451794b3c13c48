package org.normative.standards.review;

import java.util.Locale;
import java.util.Optional;

/** A member body's vote on a ballot draft. Disapproval always comes with reasons (comments). */
public enum Vote {
    APPROVE,
    APPROVE_WITH_COMMENTS,
    DISAPPROVE,
    ABSTAIN;

    public boolean approves() {
        return this == APPROVE || this == APPROVE_WITH_COMMENTS;
    }

    public boolean isNegative() {
        return this == DISAPPROVE;
    }

    /** Abstentions are not votes cast: no rule counts them. */
    public boolean isCast() {
        return this != ABSTAIN;
    }

    /** As the command line writes it: approve, approve-with-comments, disapprove, abstain. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Vote> parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Vote vote : values()) {
            if (vote.name().equals(value)) {
                return Optional.of(vote);
            }
        }
        return Optional.empty();
    }
}
