package org.normative.standards.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.normative.standards.StandardsException;
import org.normative.standards.audit.AuditEntry;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.EditConflictException;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Member;
import org.normative.standards.library.Role;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.lifecycle.StageTransitions;

/**
 * Review of ballot drafts, shared by the app and the command line. An edition at a ballot stage (30.20, 40.20,
 * 50.20) collects comments and votes in the comment set of that ballot, opened on first use; after the ballot the
 * set still takes late comments and dispositions while the edition is a draft, but no more votes. Every change is
 * recorded in the audit trail under the edition ({@code CODE@EDITION}) in the same transaction.
 */
public final class ReviewService {

    private final SqlLibrary library;
    private final ReviewRepository reviews;
    private final EditionService editions;
    private final String actor;

    public ReviewService(SqlLibrary library, ReviewRepository reviews, String actor) {
        this.library = library;
        this.reviews = reviews;
        this.actor = Objects.requireNonNull(actor);
        this.editions = new EditionService(library, actor, Clock.systemDefaultZone());
    }

    public ReviewService(SqlLibrary library, ReviewRepository reviews) {
        this(library, reviews, System.getProperty("user.name", "unknown"));
    }

    /** The comment set of the edition's latest ballot, if there is one. */
    public Optional<CommentSet> commentSet(EditionRef ref) throws StandardsException {
        EditionService.Located located = editions.locate(ref);
        return StandardsException.fromStorage(() -> reviews.latestSet(located.edition().id()));
    }

    /** The comments of the edition's latest ballot, in their order; none when it was never balloted. */
    public List<ReviewComment> comments(EditionRef ref) throws StandardsException {
        Optional<CommentSet> set = commentSet(ref);
        return set.isEmpty() ? List.of() : StandardsException.fromStorage(() -> reviews.comments(set.get().id()));
    }

    /**
     * Adds a comment anchored to a clause by its number (empty for a general comment); a clause number the edition
     * does not have is refused.
     */
    public ReviewComment addComment(EditionRef ref, CommentEntry entry) throws StandardsException {
        requireText(entry);
        EditionService.Located located = editions.locate(ref);
        String clauseKey = null;
        if (!entry.clause().isEmpty()) {
            clauseKey = clauseKey(located.edition(), entry.clause())
                    .orElseThrow(() -> new StandardsException("review.clauseUnknown", located.name(), entry.clause()));
        }
        String key = clauseKey;
        return library.inTransaction(() -> {
            CommentSet set = setForComments(located);
            ReviewComment added = reviews.addComment(set.id(), entry, key, null);
            library.audit().append(actor, "review.comment", located.name(), "comment " + added.id() + " #"
                    + added.number() + " " + entry.type().code() + " from " + entry.memberBody()
                    + (entry.clause().isEmpty() ? "" : " on " + entry.clause()));
            return added;
        });
    }

    /**
     * Adds the rows of a commenting template: each row already in the comment set is left alone (so a file imported
     * twice adds nothing the second time); clause numbers of the edition anchor their comments, other clause texts
     * ("General", "Foreword") are kept as written.
     */
    public ImportResult importRows(EditionRef ref, String fileName, List<TemplateRow> rows, List<RowProblem> problems)
            throws StandardsException {
        EditionService.Located located = editions.locate(ref);
        List<Clause> clauses = flatClauses(located.edition());
        return library.inTransaction(() -> {
            CommentSet set = setForComments(located);
            List<ReviewComment> existing = reviews.comments(set.id());
            List<ReviewComment> added = new ArrayList<>();
            int present = 0;
            for (TemplateRow row : rows) {
                if (Stream.concat(existing.stream(), added.stream()).anyMatch(c -> c.entry().sameCommentAs(row.entry()))) {
                    present++;
                    continue;
                }
                String key = clauses.stream().filter(c -> c.number().equals(row.entry().clause())).map(Clause::key)
                        .findFirst().orElse(null);
                added.add(reviews.addComment(set.id(), row.entry(), key, row.disposition()));
            }
            library.audit().append(actor, "review.import", located.name(), fileName + ": " + added.size()
                    + " comment(s) added, " + present + " already present, " + problems.size() + " row(s) unreadable");
            return new ImportResult(added, present, problems);
        });
    }

    /**
     * Records the disposition of a comment, with the secretariat's observations and, where the comment changed the
     * text, the change it caused: the audit entry ({@code seq}) of an edit of the same edition.
     */
    public ReviewComment dispose(long commentId, Disposition disposition, String note, String observations,
                                 Long changeSeq) throws StandardsException {
        Objects.requireNonNull(disposition, "disposition");
        ReviewComment comment = StandardsException.fromStorage(() -> reviews.comment(commentId))
                .orElseThrow(() -> new StandardsException("review.commentUnknown", commentId));
        CommentSet set = StandardsException.fromStorage(() -> reviews.setOfComment(commentId)).orElseThrow();
        String edition = editionName(set.editionId());
        String summary = changeSeq == null ? null : change(changeSeq, edition);
        String noted = note == null ? "" : note.strip();
        String observed = observations == null ? comment.entry().observations() : observations.strip();
        return library.inTransaction(() -> {
            if (!reviews.dispose(commentId, comment.version(), disposition, noted, changeSeq, summary, observed)) {
                throw new EditConflictException("review.conflict", comment.number());
            }
            library.audit().append(actor, "review.dispose", edition, "comment " + commentId + " #" + comment.number()
                    + " " + disposition.label() + (changeSeq == null ? "" : "; change " + changeSeq));
            return reviews.comment(commentId).orElseThrow();
        });
    }

    /**
     * Records a member body's vote while the edition is at its ballot stage; a member body votes once, a second
     * vote replaces the first. P- or O-member follows the body's role in the committee that owns the standard.
     */
    public BallotVote vote(EditionRef ref, String memberBody, Vote vote, String note) throws StandardsException {
        EditionService.Located located = editions.locate(ref);
        Stage stage = located.edition().stage();
        if (!StageTransitions.isBallot(stage)) {
            Optional<CommentSet> earlier = StandardsException.fromStorage(() -> reviews.latestSet(located.edition().id()));
            if (earlier.isPresent()) {
                throw new StandardsException("review.votingClosed", located.name(), stage.code(), earlier.get().stage().code());
            }
            throw new StandardsException("review.noBallot", located.name(), stage.code());
        }
        Member member = member(located.standard(), memberBody);
        BallotVote cast = new BallotVote(member.organisation(), member.role() != Role.OBSERVER, vote, note);
        library.inTransaction(() -> {
            CommentSet set = setForComments(located);
            reviews.vote(set.id(), cast);
            library.audit().append(actor, "review.vote", located.name(), cast.memberBody() + " "
                    + (cast.participating() ? "P" : "O") + " " + vote.label() + " at " + stage.code());
        });
        return cast;
    }

    /** The latest ballot of the edition with its votes and what they decide under the stage's rule. */
    public Ballot ballot(EditionRef ref) throws StandardsException {
        EditionService.Located located = editions.locate(ref);
        CommentSet set = commentSet(ref).orElseThrow(
                () -> new StandardsException("review.noBallot", located.name(), located.edition().stage().code()));
        BallotRule rule = BallotRules.forStage(set.stage()).orElseThrow();
        List<BallotVote> votes = StandardsException.fromStorage(() -> reviews.votes(set.id()));
        return new Ballot(located.name(), set, rule, votes, rule.decide(votes));
    }

    /** The member bodies of the committee that owns the standard: who may vote, P-members first. */
    public List<Member> memberBodies(EditionRef ref) throws StandardsException {
        Standard standard = editions.locate(ref).standard();
        return committee(standard).members().stream()
                .sorted((a, b) -> Boolean.compare(a.role() == Role.OBSERVER, b.role() == Role.OBSERVER)).toList();
    }

    private CommentSet setForComments(EditionService.Located located) throws StandardsException {
        Edition edition = located.edition();
        if (StageTransitions.isBallot(edition.stage())) {
            Optional<CommentSet> open = reviews.set(edition.id(), edition.stage());
            if (open.isPresent()) {
                return open.get();
            }
            String baseline = library.standards().baseline(edition.id()).orElse(null);
            CommentSet set = reviews.openSet(edition.id(), edition.stage(), baseline);
            library.audit().append(actor, "review.open", located.name(), "comment set for the ballot at "
                    + edition.stage().code() + (baseline == null ? "" : "; baseline " + baseline));
            return set;
        }
        Optional<CommentSet> latest = reviews.latestSet(edition.id());
        if (latest.isPresent() && edition.stage().isDraft()) {
            return latest.get();
        }
        throw new StandardsException("review.noBallot", located.name(), edition.stage().code());
    }

    private static void requireText(CommentEntry entry) throws StandardsException {
        if (entry.memberBody().isEmpty()) {
            throw new StandardsException("review.memberMissing");
        }
        if (entry.comment().isEmpty()) {
            throw new StandardsException("review.commentMissing");
        }
    }

    private Optional<String> clauseKey(Edition edition, String number) throws StandardsException {
        return flatClauses(edition).stream().filter(c -> c.number().equals(number)).map(Clause::key).findFirst();
    }

    private List<Clause> flatClauses(Edition edition) throws StandardsException {
        List<Clause> flat = new ArrayList<>();
        library.service().clauses(edition).forEach(c -> flatten(c, flat));
        return flat;
    }

    private static void flatten(Clause clause, List<Clause> out) {
        out.add(clause);
        clause.children().forEach(child -> flatten(child, out));
    }

    /** What the audit entry {@code seq} changed, if it changed the edition under review. */
    private String change(long seq, String edition) throws StandardsException {
        AuditEntry entry = StandardsException.fromStorage(() -> library.audit().entriesAfter(seq - 1, 1)).stream()
                .filter(e -> e.seq() == seq).findFirst()
                .orElseThrow(() -> new StandardsException("review.changeUnknown", seq));
        if (!entry.subject().equals(edition)) {
            throw new StandardsException("review.changeElsewhere", seq, entry.subject(), edition);
        }
        return entry.action() + " " + entry.detail();
    }

    private String editionName(long editionId) throws StandardsException {
        for (Standard standard : library.service().standards()) {
            for (Edition edition : standard.editions()) {
                if (edition.id() == editionId) {
                    return standard.code() + "@" + edition.label();
                }
            }
        }
        throw new StandardsException("edition.unknownId", editionId);
    }

    private Member member(Standard standard, String memberBody) throws StandardsException {
        Committee committee = committee(standard);
        String wanted = memberBody == null ? "" : memberBody.strip();
        return committee.members().stream()
                .filter(m -> m.organisation().equalsIgnoreCase(wanted) || m.person().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new StandardsException("review.notMember", wanted, committee.code(), String.join(", ",
                        committee.members().stream().map(Member::organisation).distinct().toList())));
    }

    private Committee committee(Standard standard) throws StandardsException {
        return library.service().committees().stream().filter(c -> c.code().equals(standard.committeeCode()))
                .findFirst().orElseThrow(() -> new StandardsException("committee.unknown", standard.committeeCode()));
    }
}
