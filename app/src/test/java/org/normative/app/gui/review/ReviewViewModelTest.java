package org.normative.app.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.AppContext;
import org.normative.app.gui.RecordingDialogService;
import org.normative.app.gui.TestWorkspaces;
import org.normative.app.gui.main.MainViewModel;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Standard;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.Vote;
import org.normative.standards.workspace.Workspace;

/** The review tab's view model on the demo's enquiry ballot (DG/T 0101@2026), with a synchronous executor. */
class ReviewViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private RecordingDialogService dialogs;
    private MainViewModel main;
    private ReviewViewModel review;

    @BeforeEach
    void openTheReview() throws Exception {
        workspace = TestWorkspaces.withDemo(temp.resolve("workspace"));
        dialogs = new RecordingDialogService();
        AppContext context = TestWorkspaces.synchronousContext(workspace, temp, dialogs);
        main = new MainViewModel(context);
        Standard standard = context.library().requireStandard("DG/T 0101");
        Edition enquiry = standard.edition("2026").orElseThrow();
        Clause naming = context.library().clauses(enquiry).get(2);
        main.openReview(standard, enquiry, naming);
        review = (ReviewViewModel) main.selectedTabProperty().get();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theReviewShowsTheCommentsVotesAndResultOfTheLatestBallot() {
        assertThat(review.tabTitle()).isEqualTo("Review DG/T 0101@2026");
        assertThat(review.shownComments()).hasSize(5);
        assertThat(review.newClauseProperty().get().value()).isEqualTo("3");
        assertThat(review.votes()).hasSize(5).extracting(VoteRow::membership).containsOnly("P", "O");
        assertThat(review.resultProperty().get()).startsWith("Result: approved. P-members approving 3 of 4 voting; "
                + "negative 1 of 4 votes cast; 1 abstention(s).");
        assertThat(review.approvedProperty().get()).isTrue();
        assertThat(review.statusProperty().get()).isEqualTo("Ballot at 40.20 Enquiry ballot: 5 comment(s), 1 without a disposition.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void filtersNarrowTheCommentsByTypeClauseAndDisposition() {
        choose(review.typeFilters(), CommentType.TECHNICAL, review.typeFilterProperty());
        assertThat(review.shownComments()).extracting(r -> r.comment().number()).containsExactly(1, 2, 4);

        review.clauseFilterProperty().set("5");
        assertThat(review.shownComments()).extracting(r -> r.comment().number()).containsExactly(4);

        choose(review.typeFilters(), null, review.typeFilterProperty());
        choose(review.dispositionFilters(), DispositionFilter.NOTED, review.dispositionFilterProperty());
        assertThat(review.shownComments()).extracting(r -> r.comment().number()).containsExactly(3);

        review.clauseFilterProperty().set("");
        choose(review.dispositionFilters(), DispositionFilter.OPEN, review.dispositionFilterProperty());
        assertThat(review.shownComments()).extracting(r -> r.comment().number()).containsExactly(5);
    }

    @Test
    void aCommentAddedIsAnchoredToTheChosenClauseAndCanBeDisposed() {
        review.newMemberProperty().set("Inspur");
        review.newCommentProperty().set("应给出命名示例。");
        assertThat(review.cannotAdd().get()).isFalse();

        review.addComment();

        assertThat(review.shownComments()).hasSize(6).last().satisfies(row -> {
            assertThat(row.comment().entry().clause()).isEqualTo("3");
            assertThat(row.comment().clauseKey()).isEqualTo("naming");
            assertThat(row.type()).isEqualTo("te");
        });
        assertThat(review.newCommentProperty().get()).isEmpty();

        review.selectedProperty().set(review.shownComments().get(5));
        choose(review.dispositions(), Disposition.ACCEPTED, review.dispositionProperty());
        review.dispositionNoteProperty().set("Example added.");
        review.dispose();

        assertThat(review.shownComments().get(5).disposition()).isEqualTo("Accepted");
        assertThat(review.shownComments().get(5).comment().dispositionNote()).isEqualTo("Example added.");
        assertThat(review.selectedProperty().get().comment().disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void aVoteChangesTheResult() {
        choose(review.voters(), "Inspur", review.voterProperty());
        choose(review.voteChoices(), Vote.APPROVE, review.voteProperty());

        review.castVote();

        assertThat(review.resultProperty().get()).contains("negative 0 of 4 votes cast");
        assertThat(review.votes()).filteredOn(v -> v.memberBody().equals("Inspur")).extracting(VoteRow::vote)
                .containsExactly("Approve");
    }

    @Test
    void theTemplateGoesOutAndComesBackWithoutDuplicates() throws Exception {
        Path file = temp.resolve("comments.xlsx");
        dialogs.saveAnswers.add(file);
        review.exportTemplate();
        dialogs.fileAnswers.add(List.of(file));
        review.importTemplate();

        assertThat(dialogs.informations).containsExactly("Wrote 5 comment(s) to " + file + ".",
                "Added 0 comment(s) from comments.xlsx; 5 were in the comment set already; 0 row(s) could not be read.");
        assertThat(review.shownComments()).hasSize(5);
    }

    @Test
    void aHostileFileIsRefusedWithAClearMessage() throws Exception {
        dialogs.fileAnswers.add(List.of(Files.writeString(temp.resolve("evil.xlsx"), "<!DOCTYPE x>")));

        review.importTemplate();

        assertThat(dialogs.errors).containsExactly("The file evil.xlsx is not an XLSX workbook; nothing was imported.");
        assertThat(review.shownComments()).hasSize(5);
    }

    @Test
    void theReviewSpeaksChinese() {
        main.setLanguage(Locale.SIMPLIFIED_CHINESE);

        assertThat(review.tabTitle()).isEqualTo("意见处理 DG/T 0101@2026");
        assertThat(review.resultProperty().get()).startsWith("结果：通过。");
        assertThat(review.dispositions()).extracting(Choice::label).contains("原则上采纳");
    }

    private static <T> void choose(java.util.List<Choice<T>> choices, T value,
                                   javafx.beans.property.ObjectProperty<Choice<T>> property) {
        property.set(choices.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst().orElseThrow());
    }
}
