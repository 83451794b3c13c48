package org.normative.standards.review;

import java.util.List;

/**
 * Enquiry (DIS, 40.20) and final draft (FDIS, 50.20) ballots: approved when at least two thirds of the P-members
 * voting approve and no more than one quarter of all votes cast (P- and O-members) are negative (ISO/IEC
 * Directives Part 1, 2.6.3 for the DIS, 2.7.3 for the FDIS). Abstentions count in neither.
 */
public final class EnquiryRule implements BallotRule {

    @Override
    public String id() {
        return "iso-dis";
    }

    @Override
    public BallotResult decide(List<BallotVote> votes) {
        BallotCount count = BallotCount.of(votes);
        BallotResult.Outcome outcome = count.participatingOutcome();
        if (outcome == BallotResult.Outcome.APPROVED && !count.atMostAQuarterNegative()) {
            outcome = BallotResult.Outcome.TOO_MANY_NEGATIVE;
        }
        return count.result(id(), outcome);
    }
}
