package org.normative.standards.review;

import java.util.List;

/**
 * Committee draft ballot (30.20): approved when at least two thirds of the P-members voting approve (ISO/IEC
 * Directives Part 1, 2.5.6, the fallback when consensus is in doubt). Votes of O-members are recorded, not counted.
 */
public final class CommitteeDraftRule implements BallotRule {

    @Override
    public String id() {
        return "iso-cd";
    }

    @Override
    public BallotResult decide(List<BallotVote> votes) {
        BallotCount count = BallotCount.of(votes);
        return count.result(id(), count.participatingOutcome());
    }
}
