package org.normative.app.gui.review;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.normative.app.gui.ViewLoader;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.Vote;

/** The review of an edition in a tab: comment table with filters, the comment and disposition forms, the ballot. */
public final class ReviewView {

    private static final PseudoClass APPROVED = PseudoClass.getPseudoClass("approved");

    private final ReviewViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Label heading;
    @FXML private Label status;
    @FXML private ProgressIndicator loading;
    @FXML private ComboBox<Choice<CommentType>> typeFilter;
    @FXML private TextField clauseFilter;
    @FXML private ComboBox<Choice<DispositionFilter>> dispositionFilter;
    @FXML private TableView<CommentRow> comments;
    @FXML private TableColumn<CommentRow, Object> numberColumn;
    @FXML private TableColumn<CommentRow, Object> memberColumn;
    @FXML private TableColumn<CommentRow, Object> lineColumn;
    @FXML private TableColumn<CommentRow, Object> clauseColumn;
    @FXML private TableColumn<CommentRow, Object> typeColumn;
    @FXML private TableColumn<CommentRow, Object> commentColumn;
    @FXML private TableColumn<CommentRow, Object> proposalColumn;
    @FXML private TableColumn<CommentRow, Object> dispositionColumn;
    @FXML private TableColumn<CommentRow, Object> changeColumn;
    @FXML private ComboBox<Choice<String>> newClause;
    @FXML private ComboBox<String> newMember;
    @FXML private ComboBox<Choice<CommentType>> newType;
    @FXML private TextField newLine;
    @FXML private TextField newParagraph;
    @FXML private TextArea newComment;
    @FXML private TextArea newProposal;
    @FXML private Button addButton;
    @FXML private ComboBox<Choice<Disposition>> disposition;
    @FXML private TextField dispositionNote;
    @FXML private TextArea observations;
    @FXML private ComboBox<Choice<Long>> change;
    @FXML private Button disposeButton;
    @FXML private Label selectedComment;
    @FXML private javafx.scene.control.TabPane forms;
    @FXML private javafx.scene.control.Tab commentTab;
    @FXML private javafx.scene.control.Tab dispositionTab;
    @FXML private javafx.scene.control.Tab ballotTab;
    @FXML private Label rule;
    @FXML private TableView<VoteRow> votes;
    @FXML private TableColumn<VoteRow, Object> voterColumn;
    @FXML private TableColumn<VoteRow, Object> membershipColumn;
    @FXML private TableColumn<VoteRow, Object> voteColumn;
    @FXML private ComboBox<Choice<String>> voter;
    @FXML private ComboBox<Choice<Vote>> vote;
    @FXML private Button voteButton;
    @FXML private Label result;

    public ReviewView(ReviewViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        status.setId("review-status");
        status.textProperty().bind(viewModel.statusProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());

        choose(typeFilter, "review-type-filter", viewModel.typeFilters(), viewModel.typeFilterProperty());
        clauseFilter.setId("review-clause-filter");
        clauseFilter.textProperty().bindBidirectional(viewModel.clauseFilterProperty());
        choose(dispositionFilter, "review-disposition-filter", viewModel.dispositionFilters(),
                viewModel.dispositionFilterProperty());

        comments.setId("review-comments");
        comments.setItems(viewModel.shownComments());
        comments.setPlaceholder(new Label(bundle.getString("review.noComments")));
        column(numberColumn, r -> r.comment().number());
        column(memberColumn, r -> entry(r).memberBody());
        column(lineColumn, r -> entry(r).line());
        column(clauseColumn, r -> entry(r).clause());
        column(typeColumn, CommentRow::type);
        column(commentColumn, r -> entry(r).comment());
        column(proposalColumn, r -> entry(r).proposedChange());
        column(dispositionColumn, CommentRow::disposition);
        column(changeColumn, CommentRow::change);
        comments.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedProperty().set(b));
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b != comments.getSelectionModel().getSelectedItem()) {
                comments.getSelectionModel().select(b);
            }
        });

        choose(newClause, "review-new-clause", viewModel.clauses(), viewModel.newClauseProperty());
        newMember.setId("review-new-member");
        newMember.setItems(viewModel.memberBodies());
        newMember.getEditor().textProperty().bindBidirectional(viewModel.newMemberProperty());
        choose(newType, "review-new-type", viewModel.types(), viewModel.newTypeProperty());
        text(newLine, "review-new-line", viewModel.newLineProperty());
        text(newParagraph, "review-new-paragraph", viewModel.newParagraphProperty());
        newComment.setId("review-new-comment");
        newComment.textProperty().bindBidirectional(viewModel.newCommentProperty());
        newProposal.setId("review-new-proposal");
        newProposal.textProperty().bindBidirectional(viewModel.newProposalProperty());
        addButton.setId("review-add");
        addButton.disableProperty().bind(viewModel.cannotAdd());

        commentTab.setId("review-comment-tab");
        dispositionTab.setId("review-disposition-tab");
        ballotTab.setId("review-ballot-tab");
        selectedComment.setId("review-selected-comment");
        selectedComment.textProperty().bind(viewModel.selectedSummaryProperty());
        // choosing a comment in the table is choosing what to dispose of
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                forms.getSelectionModel().select(dispositionTab);
            }
        });
        choose(disposition, "review-disposition", viewModel.dispositions(), viewModel.dispositionProperty());
        text(dispositionNote, "review-disposition-note", viewModel.dispositionNoteProperty());
        observations.setId("review-observations");
        observations.textProperty().bindBidirectional(viewModel.observationsProperty());
        choose(change, "review-change", viewModel.changes(), viewModel.changeProperty());
        disposeButton.setId("review-dispose");
        disposeButton.disableProperty().bind(viewModel.cannotDispose());

        rule.textProperty().bind(viewModel.ruleProperty());
        votes.setId("review-votes");
        votes.setItems(viewModel.votes());
        votes.setPlaceholder(new Label(bundle.getString("review.noVotes")));
        column(voterColumn, VoteRow::memberBody);
        column(membershipColumn, VoteRow::membership);
        column(voteColumn, VoteRow::vote);
        choose(voter, "review-voter", viewModel.voters(), viewModel.voterProperty());
        choose(vote, "review-vote", viewModel.voteChoices(), viewModel.voteProperty());
        voteButton.setId("review-cast-vote");
        result.setId("review-result");
        result.textProperty().bind(viewModel.resultProperty());
        result.pseudoClassStateChanged(APPROVED, viewModel.approvedProperty().get());
        viewModel.approvedProperty().addListener((o, a, b) -> result.pseudoClassStateChanged(APPROVED, b));
    }

    private static CommentEntry entry(CommentRow row) {
        return row.comment().entry();
    }

    private static <S> void column(TableColumn<S, Object> column, Function<S, Object> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static <T> void choose(ComboBox<Choice<T>> box, String id, javafx.collections.ObservableList<Choice<T>> items,
                                   javafx.beans.property.ObjectProperty<Choice<T>> chosen) {
        box.setId(id);
        box.setItems(items);
        box.valueProperty().bindBidirectional(chosen);
    }

    private static void text(TextField field, String id, javafx.beans.property.StringProperty value) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
    }

    @FXML
    private void importTemplate() {
        viewModel.importTemplate();
    }

    @FXML
    private void exportTemplate() {
        viewModel.exportTemplate();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }

    @FXML
    private void addComment() {
        viewModel.addComment();
    }

    @FXML
    private void dispose() {
        viewModel.dispose();
    }

    @FXML
    private void castVote() {
        viewModel.castVote();
    }
}
