package org.normative.standards.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.normative.standards.library.Stage;
import org.normative.standards.review.BallotVote;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentSet;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.ReviewComment;
import org.normative.standards.review.ReviewRepository;
import org.normative.standards.review.Vote;
import org.normative.standards.workspace.Workspace;

/** Comment sets, comments and votes in the workspace database. */
public final class JdbiReviewRepository implements ReviewRepository {

    private final Jdbi jdbi;

    public JdbiReviewRepository(Workspace workspace) {
        this.jdbi = workspace.jdbi();
    }

    @Override
    public Optional<CommentSet> latestSet(long editionId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM review_comment_set WHERE edition_id = :e ORDER BY opened_at DESC, id DESC LIMIT 1")
                .bind("e", editionId).map((rs, ctx) -> set(rs)).findFirst());
    }

    @Override
    public Optional<CommentSet> set(long editionId, Stage stage) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM review_comment_set WHERE edition_id = :e AND stage = :s")
                .bind("e", editionId).bind("s", stage.code()).map((rs, ctx) -> set(rs)).findFirst());
    }

    @Override
    public CommentSet openSet(long editionId, Stage stage, String baseline) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO review_comment_set (edition_id, stage, baseline, opened_at)
                        VALUES (:e, :s, :b, :at)""")
                .bind("e", editionId).bind("s", stage.code()).bind("b", baseline).bind("at", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new CommentSet(id, editionId, stage, baseline, now);
    }

    @Override
    public Optional<CommentSet> setOfComment(long commentId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.* FROM review_comment_set s JOIN review_comment c ON c.set_id = s.id WHERE c.id = :c""")
                .bind("c", commentId).map((rs, ctx) -> set(rs)).findFirst());
    }

    @Override
    public List<ReviewComment> comments(long setId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM review_comment WHERE set_id = :s ORDER BY number")
                .bind("s", setId).map((rs, ctx) -> comment(rs)).list());
    }

    @Override
    public Optional<ReviewComment> comment(long commentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM review_comment WHERE id = :c")
                .bind("c", commentId).map((rs, ctx) -> comment(rs)).findFirst());
    }

    @Override
    public ReviewComment addComment(long setId, CommentEntry entry, String clauseKey, Disposition disposition) {
        return jdbi.inTransaction(h -> {
            int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM review_comment WHERE set_id = :s")
                    .bind("s", setId).mapTo(Integer.class).one();
            long id = h.createUpdate("""
                            INSERT INTO review_comment (set_id, number, member_body, line_number, clause_ref, clause_key,
                                   paragraph, comment_type, comment_text, proposed_change, observations, disposition)
                            VALUES (:set, :number, :mb, :line, :clause, :key, :paragraph, :type, :comment, :proposed,
                                    :observations, :disposition)""")
                    .bind("set", setId).bind("number", number).bind("mb", entry.memberBody()).bind("line", entry.line())
                    .bind("clause", entry.clause()).bind("key", clauseKey).bind("paragraph", entry.paragraph())
                    .bind("type", entry.type().code()).bind("comment", entry.comment())
                    .bind("proposed", entry.proposedChange()).bind("observations", entry.observations())
                    .bind("disposition", disposition == null ? null : disposition.name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new ReviewComment(id, number, entry, clauseKey, disposition, "", null, null, 0);
        });
    }

    @Override
    public boolean dispose(long commentId, long expectedVersion, Disposition disposition, String note, Long changeSeq,
                           String changeSummary, String observations) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE review_comment SET disposition = :d, disposition_note = :note, change_seq = :seq,
                               change_summary = :summary, observations = :observations, version = version + 1
                        WHERE id = :id AND version = :version""")
                .bind("d", disposition.name()).bind("note", note).bind("seq", changeSeq).bind("summary", changeSummary)
                .bind("observations", observations).bind("id", commentId).bind("version", expectedVersion)
                .execute()) == 1;
    }

    @Override
    public void vote(long setId, BallotVote vote) {
        // delete and insert rather than H2's MERGE: the schema stays portable to PostgreSQL
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM review_vote WHERE set_id = :s AND member_body = :mb")
                    .bind("s", setId).bind("mb", vote.memberBody()).execute();
            h.createUpdate("""
                            INSERT INTO review_vote (set_id, member_body, participating, vote, note, cast_at)
                            VALUES (:s, :mb, :p, :vote, :note, :at)""")
                    .bind("s", setId).bind("mb", vote.memberBody()).bind("p", vote.participating())
                    .bind("vote", vote.vote().name()).bind("note", vote.note())
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
        });
    }

    @Override
    public List<BallotVote> votes(long setId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM review_vote WHERE set_id = :s ORDER BY member_body")
                .bind("s", setId)
                .map((rs, ctx) -> new BallotVote(rs.getString("member_body"), rs.getBoolean("participating"),
                        Vote.valueOf(rs.getString("vote")), rs.getString("note")))
                .list());
    }

    private static CommentSet set(ResultSet rs) throws SQLException {
        return new CommentSet(rs.getLong("id"), rs.getLong("edition_id"),
                Stage.ofCode(rs.getString("stage")).orElseThrow(), rs.getString("baseline"),
                rs.getObject("opened_at", OffsetDateTime.class));
    }

    private static ReviewComment comment(ResultSet rs) throws SQLException {
        CommentEntry entry = new CommentEntry(rs.getString("member_body"), rs.getString("line_number"),
                rs.getString("clause_ref"), rs.getString("paragraph"),
                CommentType.parse(rs.getString("comment_type")).orElseThrow(), rs.getString("comment_text"),
                rs.getString("proposed_change"), rs.getString("observations"));
        String disposition = rs.getString("disposition");
        long seq = rs.getLong("change_seq");
        Long changeSeq = rs.wasNull() ? null : seq;
        return new ReviewComment(rs.getLong("id"), rs.getInt("number"), entry, rs.getString("clause_key"),
                disposition == null ? null : Disposition.valueOf(disposition), rs.getString("disposition_note"),
                changeSeq, rs.getString("change_summary"), rs.getLong("version"));
    }
}
