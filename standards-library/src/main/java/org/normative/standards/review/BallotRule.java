package org.normative.standards.review;

import java.util.List;

/**
 * How a ballot stage decides: a small strategy per rule, chosen by the stage ({@link BallotRules}). Abstentions
 * are never counted as votes cast.
 */
public interface BallotRule {

    /** A short name for reports and the command line: {@code iso-dis}. */
    String id();

    /** The key of the rule's one-sentence description in the library's messages. */
    default String descriptionKey() {
        return "review.rule." + id();
    }

    BallotResult decide(List<BallotVote> votes);
}
