package org.normative.standards.review;

import java.util.Optional;

import org.normative.standards.library.Stage;

/** Which rule each ballot stage uses (the table is in docs/adr/0013-ballot-rules-and-the-commenting-template.md). */
public final class BallotRules {

    private BallotRules() {
    }

    /** The rule of a ballot stage; empty for a stage that holds no ballot. */
    public static Optional<BallotRule> forStage(Stage stage) {
        return switch (stage) {
            case COMMITTEE_DRAFT_BALLOT -> Optional.of(new CommitteeDraftRule());
            case ENQUIRY_BALLOT, FINAL_BALLOT -> Optional.of(new EnquiryRule());
            default -> Optional.empty();
        };
    }
}
