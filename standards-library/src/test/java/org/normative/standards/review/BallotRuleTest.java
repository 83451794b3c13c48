package org.normative.standards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normative.standards.library.Stage;

/** The ballot rules at their edges: exactly two thirds, exactly a quarter, no P-member votes, abstentions. */
class BallotRuleTest {

    private final BallotRule enquiry = new EnquiryRule();
    private final BallotRule committeeDraft = new CommitteeDraftRule();

    private static List<BallotVote> votes(int pApprove, int pDisapprove, int pAbstain, int oApprove, int oDisapprove) {
        List<BallotVote> votes = new ArrayList<>();
        add(votes, "P", true, Vote.APPROVE, pApprove);
        add(votes, "PD", true, Vote.DISAPPROVE, pDisapprove);
        add(votes, "PA", true, Vote.ABSTAIN, pAbstain);
        add(votes, "O", false, Vote.APPROVE_WITH_COMMENTS, oApprove);
        add(votes, "OD", false, Vote.DISAPPROVE, oDisapprove);
        return votes;
    }

    private static void add(List<BallotVote> votes, String prefix, boolean participating, Vote vote, int count) {
        for (int i = 0; i < count; i++) {
            votes.add(new BallotVote(prefix + i, participating, vote, null));
        }
    }

    @Test
    void exactlyTwoThirdsOfParticipatingMembersApproving() {
        BallotResult result = enquiry.decide(votes(4, 2, 0, 2, 0));

        // 4 of 6 P-members is two thirds; 2 negative of 8 cast is exactly a quarter
        assertThat(result.outcome()).isEqualTo(BallotResult.Outcome.APPROVED);
        assertThat(result.participatingApprove()).isEqualTo(4);
        assertThat(result.participatingCast()).isEqualTo(6);
        assertThat(result.negative()).isEqualTo(2);
        assertThat(result.cast()).isEqualTo(8);
    }

    @Test
    void justUnderTwoThirdsFails() {
        assertThat(enquiry.decide(votes(3, 2, 0, 5, 0)).outcome()).isEqualTo(BallotResult.Outcome.TOO_FEW_APPROVALS);
        assertThat(committeeDraft.decide(votes(3, 2, 0, 0, 0)).outcome()).isEqualTo(BallotResult.Outcome.TOO_FEW_APPROVALS);
    }

    @Test
    void moreThanAQuarterNegativeFailsTheEnquiryButNotTheCommitteeDraft() {
        // all P-members approve, but observers' negative votes make 3 of 9 votes cast negative
        List<BallotVote> votes = votes(6, 0, 0, 0, 3);

        assertThat(enquiry.decide(votes).outcome()).isEqualTo(BallotResult.Outcome.TOO_MANY_NEGATIVE);
        assertThat(committeeDraft.decide(votes).outcome()).isEqualTo(BallotResult.Outcome.APPROVED);
    }

    @Test
    void withoutParticipatingVotesNothingIsApproved() {
        assertThat(enquiry.decide(votes(0, 0, 3, 4, 0)).outcome()).isEqualTo(BallotResult.Outcome.NO_PARTICIPATING_VOTES);
        assertThat(enquiry.decide(List.of()).approved()).isFalse();
        assertThat(committeeDraft.decide(votes(0, 0, 2, 1, 0)).outcome())
                .isEqualTo(BallotResult.Outcome.NO_PARTICIPATING_VOTES);
    }

    @Test
    void abstentionsAreNotCounted() {
        // 2 of 3 P-members voting approve; the five abstentions would sink it if they counted
        BallotResult result = enquiry.decide(votes(2, 1, 5, 1, 0));

        assertThat(result.approved()).isTrue();
        assertThat(result.abstentions()).isEqualTo(5);
        assertThat(result.participatingCast()).isEqualTo(3);
        assertThat(result.cast()).isEqualTo(4);
    }

    @Test
    void eachBallotStageHasItsRule() {
        assertThat(BallotRules.forStage(Stage.COMMITTEE_DRAFT_BALLOT)).get().extracting(BallotRule::id).isEqualTo("iso-cd");
        assertThat(BallotRules.forStage(Stage.ENQUIRY_BALLOT)).get().extracting(BallotRule::id).isEqualTo("iso-dis");
        assertThat(BallotRules.forStage(Stage.FINAL_BALLOT)).get().extracting(BallotRule::id).isEqualTo("iso-dis");
        assertThat(BallotRules.forStage(Stage.PUBLISHED)).isEmpty();
    }
}
