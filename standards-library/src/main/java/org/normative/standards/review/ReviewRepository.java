package org.normative.standards.review;

import java.util.List;
import java.util.Optional;

import org.normative.standards.library.Stage;

/** Comment sets, their comments and the votes of a ballot. */
public interface ReviewRepository {

    /** The set of the edition's most recent ballot, if it was ever balloted with comments or votes. */
    Optional<CommentSet> latestSet(long editionId);

    Optional<CommentSet> set(long editionId, Stage stage);

    CommentSet openSet(long editionId, Stage stage, String baseline);

    /** The set a comment belongs to. */
    Optional<CommentSet> setOfComment(long commentId);

    List<ReviewComment> comments(long setId);

    Optional<ReviewComment> comment(long commentId);

    /** Adds a comment as the next number of the set. */
    ReviewComment addComment(long setId, CommentEntry entry, String clauseKey, Disposition disposition);

    /**
     * Records a disposition (and the secretariat's observations) if the comment is still at
     * {@code expectedVersion}; false when someone changed it meanwhile.
     */
    boolean dispose(long commentId, long expectedVersion, Disposition disposition, String note, Long changeSeq,
                    String changeSummary, String observations);

    /** Records a member body's vote, replacing its earlier vote on the same ballot. */
    void vote(long setId, BallotVote vote);

    List<BallotVote> votes(long setId);
}
