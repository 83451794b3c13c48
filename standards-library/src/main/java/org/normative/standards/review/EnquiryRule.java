package org.normative.standards.review;

import java.util.List;

/**
 * Enquiry (DIS, 40.20) and final draft (FDIS, 50.20) ballots: approved when at least two thirds of the P-members
 * voting approve and no more than one quarter of all votes cast (P- and O-members) are negative (ISO/IEC
 * Directives Part 1, 2.7.3 and 2.6.3). Abstentions count in neither.
 */
public final class EnquiryRule implements BallotRule {

    @Override
    public String id() {
        return "iso-dis";
    }

    @Override
    public String descriptionKey() {
        return "review.rule.iso-dis";
    }

    @Override
    public BallotResult decide(List<BallotVote> votes) {
        BallotCount count = BallotCount.of(votes);
        if (count.participatingCast() == 0) {
            return count.result(id(), BallotResult.Outcome.NO_PARTICIPATING_VOTES);
        }
        if (!count.twoThirdsOfParticipatingApprove()) {
            return count.result(id(), BallotResult.Outcome.TOO_FEW_APPROVALS);
        }
        return count.result(id(), count.atMostAQuarterNegative()
                ? BallotResult.Outcome.APPROVED : BallotResult.Outcome.TOO_MANY_NEGATIVE);
    }
}
