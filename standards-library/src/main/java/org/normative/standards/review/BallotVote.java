package org.normative.standards.review;

import java.util.Objects;

/**
 * One member body's vote. {@code participating} tells a P-member (participating: chair, secretariat and
 * participating members of the committee) from an O-member (observer), as the rules count them differently.
 */
public record BallotVote(String memberBody, boolean participating, Vote vote, String note) {

    public BallotVote {
        Objects.requireNonNull(memberBody, "memberBody");
        Objects.requireNonNull(vote, "vote");
        note = note == null ? "" : note.strip();
    }
}
