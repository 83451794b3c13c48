package org.normative.standards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.StandardsException;
import org.normative.standards.audit.AuditEntry;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.Stage;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.review.store.JdbiReviewRepository;
import org.normative.standards.workspace.Workspace;

/** Comment sets, dispositions and votes on a real workspace (migrations applied) holding the demo library. */
class ReviewServiceTest {

    private static final EditionRef ENQUIRY = new EditionRef("DG/T 0101", "2026");

    @TempDir
    Path temp;

    private Workspace workspace;
    private SqlLibrary library;
    private ReviewService review;
    private EditionService editions;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp);
        library = new SqlLibrary(workspace);
        new DemoLibrary(library).install();
        review = new ReviewService(library, new JdbiReviewRepository(workspace), "li.wei");
        editions = new EditionService(library, "li.wei", Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static CommentEntry comment(String memberBody, String clause, String text) {
        return new CommentEntry(memberBody, "17", clause, "Note 1", CommentType.TECHNICAL, text, "Say shall.", "");
    }

    @Test
    void theDemoEnquiryBallotHasCommentsAndIsApprovedWithExactlyAQuarterNegative() throws Exception {
        assertThat(review.comments(ENQUIRY)).hasSize(5).extracting(ReviewComment::number).containsExactly(1, 2, 3, 4, 5);
        Ballot ballot = review.ballot(ENQUIRY);

        assertThat(ballot.set().stage()).isEqualTo(Stage.ENQUIRY_BALLOT);
        assertThat(ballot.set().baseline()).isNull();
        assertThat(ballot.rule().id()).isEqualTo("iso-dis");
        assertThat(ballot.result().approved()).isTrue();
        assertThat(ballot.result().negative() * 4).isEqualTo(ballot.result().cast());
        assertThat(ballot.votes()).filteredOn(v -> !v.participating()).extracting(BallotVote::memberBody)
                .containsExactly("EU Interoperability liaison");
    }

    @Test
    void aCommentIsAnchoredToTheClauseItsNumberNames() throws Exception {
        ReviewComment added = review.addComment(ENQUIRY, comment("Inspur", "4", "标识符长度未规定。"));

        assertThat(added.number()).isEqualTo(6);
        assertThat(added.clauseKey()).isEqualTo("ident");
        assertThat(review.comments(ENQUIRY)).last().satisfies(c -> {
            assertThat(c.entry().comment()).isEqualTo("标识符长度未规定。");
            assertThat(c.entry().paragraph()).isEqualTo("Note 1");
            assertThat(c.isDisposed()).isFalse();
        });
        List<AuditEntry> history = library.audit().history("DG/T 0101@2026", 1);
        assertThat(history.get(0).action()).isEqualTo("review.comment");
        assertThat(library.audit().verify().intact()).isTrue();
    }

    @Test
    void aClauseTheEditionDoesNotHaveIsRefusedAndNothingIsAdded() {
        assertThatThrownBy(() -> review.addComment(ENQUIRY, comment("Inspur", "9.9", "?")))
                .isInstanceOf(StandardsException.class).extracting("messageKey").isEqualTo("review.clauseUnknown");
        assertThatThrownBy(() -> review.addComment(ENQUIRY, comment("Inspur", "", "  ")))
                .extracting("messageKey").isEqualTo("review.commentMissing");
    }

    @Test
    void anEditionThatWasNeverBallotedTakesNoComments() throws Exception {
        EditionRef published = new EditionRef("DG/T 0101", "2023");

        assertThatThrownBy(() -> review.addComment(published, comment("Inspur", "", "Late.")))
                .extracting("messageKey").isEqualTo("review.noBallot");
        assertThat(review.comments(published)).isEmpty();
    }

    @Test
    void aDispositionIsLinkedToTheChangeItCaused() throws Exception {
        ReviewComment comment = review.addComment(ENQUIRY, comment("Inspur", "3", "Say how names are formed."));
        long version = editions.clauseVersion(ENQUIRY, "naming");
        editions.updateClause(ENQUIRY, "naming", version, "命名规则", "数据元名称应由对象类、特性和表示组成。");
        long change = library.audit().lastSeq();

        ReviewComment disposed = review.dispose(comment.id(), Disposition.ACCEPTED, "Clause 3 rewritten.",
                "Accepted; see clause 3.", change);

        assertThat(disposed.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(disposed.changeSeq()).isEqualTo(change);
        assertThat(disposed.changeSummary()).startsWith("clause.update naming");
        assertThat(disposed.entry().observations()).isEqualTo("Accepted; see clause 3.");
        assertThat(disposed.version()).isEqualTo(comment.version() + 1);
        assertThat(library.audit().history("DG/T 0101@2026", 1).get(0).detail()).endsWith("accepted; change " + change);
    }

    @Test
    void aChangeOfAnotherEditionCannotBeTheCauseOfADisposition() throws Exception {
        ReviewComment comment = review.comments(ENQUIRY).get(0);
        editions.moveToStage(new EditionRef("DG/T 0202", "2026"), Stage.WORKING_DRAFT_APPROVED);
        long elsewhere = library.audit().lastSeq();

        assertThatThrownBy(() -> review.dispose(comment.id(), Disposition.ACCEPTED, "", null, elsewhere))
                .extracting("messageKey").isEqualTo("review.changeElsewhere");
        assertThatThrownBy(() -> review.dispose(comment.id(), Disposition.ACCEPTED, "", null, 999_999L))
                .extracting("messageKey").isEqualTo("review.changeUnknown");
        assertThatThrownBy(() -> review.dispose(424_242L, Disposition.NOTED, "", null, null))
                .extracting("messageKey").isEqualTo("review.commentUnknown");
        assertThat(review.comments(ENQUIRY).get(0)).isEqualTo(comment);
    }

    @Test
    void aSecondVoteOfAMemberBodyReplacesItsFirst() throws Exception {
        review.vote(ENQUIRY, "inspur", Vote.APPROVE, "Comments resolved.");

        Ballot ballot = review.ballot(ENQUIRY);
        assertThat(ballot.votes()).hasSize(5).filteredOn(v -> v.memberBody().equals("Inspur"))
                .singleElement().extracting(BallotVote::vote).isEqualTo(Vote.APPROVE);
        assertThat(ballot.result().negative()).isZero();
    }

    @Test
    void onlyMembersOfTheCommitteeVoteAndOnlyDuringTheBallot() throws Exception {
        assertThatThrownBy(() -> review.vote(ENQUIRY, "Acme Corp", Vote.APPROVE, null))
                .extracting("messageKey").isEqualTo("review.notMember");

        editions.moveToStage(ENQUIRY, Stage.ENQUIRY_APPROVED);

        assertThatThrownBy(() -> review.vote(ENQUIRY, "Inspur", Vote.APPROVE, null))
                .extracting("messageKey").isEqualTo("review.votingClosed");
        // the secretariat still records late comments and dispositions on the draft
        assertThat(review.addComment(ENQUIRY, comment("Inspur", "", "Late comment.")).number()).isEqualTo(6);
        assertThat(review.ballot(ENQUIRY).set().stage()).isEqualTo(Stage.ENQUIRY_BALLOT);
    }

    @Test
    void aNewBallotOpensItsOwnCommentSetWithTheFrozenBaseline() throws Exception {
        EditionRef draft = new EditionRef("DG/T 0102", "2026");
        editions.moveToStage(draft, Stage.COMMITTEE_DRAFT_BALLOT);

        review.vote(draft, "Zhejiang Big Data Bureau", Vote.APPROVE, null);

        Ballot ballot = review.ballot(draft);
        assertThat(ballot.set().baseline()).isEqualTo(editions.baseline(draft)).hasSize(64);
        assertThat(ballot.rule().id()).isEqualTo("iso-cd");
        assertThat(ballot.result().approved()).isTrue();
        assertThat(review.comments(draft)).isEmpty();
    }

    @Test
    void importedRowsAlreadyInTheSetAreNotAddedTwice() throws Exception {
        List<TemplateRow> rows = List.of(
                new TemplateRow(2, comment("Inspur", "3", "One."), null),
                new TemplateRow(3, comment("Inspur", "General", "Two."), Disposition.NOTED));

        ImportResult first = review.importRows(ENQUIRY, "comments.xlsx", rows, List.of());
        ImportResult second = review.importRows(ENQUIRY, "comments.xlsx", rows, List.of());

        assertThat(first.added()).extracting(ReviewComment::clauseKey).containsExactly("naming", null);
        assertThat(first.added().get(1).disposition()).isEqualTo(Disposition.NOTED);
        assertThat(second.added()).isEmpty();
        assertThat(second.alreadyPresent()).isEqualTo(2);
        assertThat(review.comments(ENQUIRY)).hasSize(7);
    }
}
