package org.normative.standards.lifecycle;

import static org.normative.standards.library.Stage.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.normative.standards.StandardsException;
import org.normative.standards.library.Stage;

/**
 * The moves an edition may make between ISO harmonized stages: forward through the project stages, back to an
 * earlier draft when a ballot fails, into systematic review after publication, and out by withdrawal. Entering a
 * ballot stage freezes a baseline.
 */
public final class StageTransitions {

    private static final Map<Stage, Set<Stage>> ALLOWED = new EnumMap<>(Stage.class);

    static {
        allow(PRELIMINARY, PROPOSAL);
        allow(PROPOSAL, PROPOSAL_APPROVED, PRELIMINARY);
        allow(PROPOSAL_APPROVED, WORKING_DRAFT);
        allow(WORKING_DRAFT, WORKING_DRAFT_APPROVED);
        allow(WORKING_DRAFT_APPROVED, COMMITTEE_DRAFT, WORKING_DRAFT);
        allow(COMMITTEE_DRAFT, COMMITTEE_DRAFT_BALLOT, WORKING_DRAFT);
        allow(COMMITTEE_DRAFT_BALLOT, COMMITTEE_DRAFT_APPROVED, COMMITTEE_DRAFT);
        allow(COMMITTEE_DRAFT_APPROVED, ENQUIRY_DRAFT);
        allow(ENQUIRY_DRAFT, ENQUIRY_BALLOT, COMMITTEE_DRAFT);
        allow(ENQUIRY_BALLOT, ENQUIRY_APPROVED, ENQUIRY_DRAFT, COMMITTEE_DRAFT);
        // an enquiry draft approved without negative votes may skip the final ballot (ISO/IEC Directives 2.6.4)
        allow(ENQUIRY_APPROVED, FINAL_DRAFT, UNDER_PUBLICATION);
        allow(FINAL_DRAFT, FINAL_BALLOT, ENQUIRY_DRAFT);
        allow(FINAL_BALLOT, FINAL_APPROVED, FINAL_DRAFT, ENQUIRY_DRAFT);
        allow(FINAL_APPROVED, UNDER_PUBLICATION);
        allow(UNDER_PUBLICATION, PUBLISHED);
        allow(PUBLISHED, UNDER_REVIEW, WITHDRAWAL_PROPOSED, WITHDRAWN);
        allow(UNDER_REVIEW, CONFIRMED, TO_BE_REVISED, WITHDRAWAL_PROPOSED);
        allow(CONFIRMED, UNDER_REVIEW, WITHDRAWAL_PROPOSED, WITHDRAWN);
        allow(TO_BE_REVISED, WITHDRAWN, WITHDRAWAL_PROPOSED);
        allow(WITHDRAWAL_PROPOSED, WITHDRAWN, CONFIRMED);
        allow(WITHDRAWN);
    }

    private static final Set<Stage> BALLOTS = EnumSet.of(COMMITTEE_DRAFT_BALLOT, ENQUIRY_BALLOT, FINAL_BALLOT);

    private StageTransitions() {
    }

    private static void allow(Stage from, Stage... to) {
        ALLOWED.put(from, to.length == 0 ? EnumSet.noneOf(Stage.class) : EnumSet.of(to[0], to));
    }

    /** The stages an edition at {@code from} may move to, in stage order. */
    public static List<Stage> allowedFrom(Stage from) {
        return List.copyOf(ALLOWED.getOrDefault(from, EnumSet.noneOf(Stage.class)));
    }

    public static boolean isAllowed(Stage from, Stage to) {
        return ALLOWED.getOrDefault(from, EnumSet.noneOf(Stage.class)).contains(to);
    }

    /** Refuses a forbidden move with a message that lists the moves that are allowed. */
    public static void check(String edition, Stage from, Stage to) throws StandardsException {
        if (isAllowed(from, to)) {
            return;
        }
        List<Stage> allowed = allowedFrom(from);
        if (allowed.isEmpty()) {
            throw new StandardsException("lifecycle.final", edition, from.label(java.util.Locale.ENGLISH));
        }
        String moves = String.join(", ", allowed.stream().map(s -> s.label(java.util.Locale.ENGLISH)).toList());
        throw new StandardsException("lifecycle.forbidden", edition, from.label(java.util.Locale.ENGLISH),
                to.label(java.util.Locale.ENGLISH), moves);
    }

    /** Ballot stages: entering one freezes the content as the baseline people vote on. */
    public static boolean isBallot(Stage stage) {
        return BALLOTS.contains(stage);
    }
}
