package org.normative.standards.review;

import java.util.List;

/** A ballot as it stands: its comment set, the stage's rule, the votes so far and what they decide. */
public record Ballot(String edition, CommentSet set, BallotRule rule, List<BallotVote> votes, BallotResult result) {

    public Ballot {
        votes = List.copyOf(votes);
    }
}
