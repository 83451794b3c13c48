package org.normative.standards.review;

/** The outcome of a ballot under its rule, with the counts that decided it. */
public record BallotResult(String ruleId, Outcome outcome, int participatingApprove, int participatingCast,
                           int negative, int cast, int abstentions) {

    /** Why a ballot came out as it did; each has a message {@code review.outcome.<name>}. */
    public enum Outcome {
        APPROVED,
        NO_PARTICIPATING_VOTES,
        TOO_FEW_APPROVALS,
        TOO_MANY_NEGATIVE;

        public String messageKey() {
            return "review.outcome." + name();
        }
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }
}
