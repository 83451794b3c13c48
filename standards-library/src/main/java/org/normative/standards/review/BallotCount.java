package org.normative.standards.review;

import java.util.List;

/** The numbers every rule starts from. */
record BallotCount(int participatingApprove, int participatingCast, int negative, int cast, int abstentions) {

    static BallotCount of(List<BallotVote> votes) {
        int pApprove = 0;
        int pCast = 0;
        int negative = 0;
        int cast = 0;
        int abstentions = 0;
        for (BallotVote v : votes) {
            if (!v.vote().isCast()) {
                abstentions++;
                continue;
            }
            cast++;
            if (v.vote().isNegative()) {
                negative++;
            }
            if (v.participating()) {
                pCast++;
                if (v.vote().approves()) {
                    pApprove++;
                }
            }
        }
        return new BallotCount(pApprove, pCast, negative, cast, abstentions);
    }

    /** At least two thirds of the P-members voting approve (integer arithmetic: exactly two thirds is enough). */
    boolean twoThirdsOfParticipatingApprove() {
        return participatingApprove * 3 >= participatingCast * 2;
    }

    /** What the P-members decide: nothing without a vote of theirs, else approved by two thirds of them voting. */
    BallotResult.Outcome participatingOutcome() {
        if (participatingCast == 0) {
            return BallotResult.Outcome.NO_PARTICIPATING_VOTES;
        }
        return twoThirdsOfParticipatingApprove() ? BallotResult.Outcome.APPROVED : BallotResult.Outcome.TOO_FEW_APPROVALS;
    }

    /** No more than one quarter of all votes cast are negative (exactly a quarter still passes). */
    boolean atMostAQuarterNegative() {
        return negative * 4 <= cast;
    }

    BallotResult result(String ruleId, BallotResult.Outcome outcome) {
        return new BallotResult(ruleId, outcome, participatingApprove, participatingCast, negative, cast, abstentions);
    }
}
