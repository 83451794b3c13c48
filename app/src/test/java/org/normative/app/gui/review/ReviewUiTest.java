package org.normative.app.gui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.app.gui.RunningMainWindow.waitUntil;

import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.RunningMainWindow;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.Vote;
import org.testfx.api.FxRobot;

/** The review tab in the real main window, headless: open it from a standard, comment, dispose, vote. */
class ReviewUiTest {

    @TempDir
    Path temp;

    private FxRobot robot;

    @Test
    void aSecretaryCommentsOnTheSelectedClauseSetsADispositionAndSeesTheResult() throws Exception {
        try (RunningMainWindow window = RunningMainWindow.show(temp)) {
            robot = window.robot;
            commentDisposeAndVote();
        }
    }

    @SuppressWarnings("unchecked")
    private void commentDisposeAndVote() {
        // select and Enter rather than a double-click, which a loaded machine may see as two clicks
        robot.clickOn("DG/T 0101  Government data elements: Naming and identification rules").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".standard-view .combo-box").tryQuery().isPresent());
        ComboBox<Edition> editions = robot.lookup(".standard-view .combo-box").queryComboBox();
        robot.interact(() -> editions.getSelectionModel().select(1));
        TreeView<Clause> outline = robot.lookup("#clause-outline").queryAs(TreeView.class);
        waitUntil(() -> topClause(outline, "5").isPresent());
        robot.interact(() -> outline.getSelectionModel().select(topClause(outline, "3").orElseThrow()));
        robot.clickOn("#open-review");

        TableView<CommentRow> comments = table("#review-comments");
        waitUntil(() -> comments.getItems().size() == 5);
        assertThat(robot.lookup("#review-new-clause").<Choice<String>>queryComboBox().getValue().value()).isEqualTo("3");

        robot.clickOn("#review-new-member").write("Inspur");
        robot.clickOn("#review-new-comment").write("Give an example of a name.");
        press("#review-add");

        waitUntil(() -> comments.getItems().size() == 6);
        CommentRow added = comments.getItems().get(5);
        assertThat(added.comment().entry().clause()).isEqualTo("3");
        assertThat(added.comment().entry().memberBody()).isEqualTo("Inspur");

        robot.interact(() -> comments.getSelectionModel().select(5));
        ComboBox<Choice<Disposition>> disposition = robot.lookup("#review-disposition").queryComboBox();
        robot.interact(() -> disposition.getSelectionModel().select(disposition.getItems().stream()
                .filter(c -> c.value() == Disposition.ACCEPTED_IN_PRINCIPLE).findFirst().orElseThrow()));
        press("#review-dispose");

        waitUntil(() -> "Accepted in principle".equals(comments.getItems().get(5).disposition()));

        assertThat(robot.lookup("#review-selected-comment").queryAs(Label.class).getText())
                .startsWith("#6, Inspur, clause 3: Give an example of a name.");
        robot.clickOn("#review-ballot-tab");
        ComboBox<Choice<String>> voter = robot.lookup("#review-voter").queryComboBox();
        ComboBox<Choice<Vote>> vote = robot.lookup("#review-vote").queryComboBox();
        robot.interact(() -> {
            voter.getSelectionModel().select(voter.getItems().stream().filter(c -> c.value().equals("Inspur")).findFirst()
                    .orElseThrow());
            vote.getSelectionModel().select(vote.getItems().stream().filter(c -> c.value() == Vote.APPROVE).findFirst()
                    .orElseThrow());
        });
        press("#review-cast-vote");
        Label result = robot.lookup("#review-result").queryAs(Label.class);

        waitUntil(() -> result.getText().contains("negative 0 of 4 votes cast"));
        assertThat(result.getText()).startsWith("Result: approved.");
        assertThat(result.getPseudoClassStates()).extracting(Object::toString).contains("approved");
    }

    /** Presses a form's button, which in the small headless window may lie below the fold of its scroll pane. */
    private void press(String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryButton();
        assertThat(button.isDisabled()).as(id + " is enabled").isFalse();
        robot.interact(button::fire);
    }

    private static java.util.Optional<TreeItem<Clause>> topClause(TreeView<Clause> outline, String number) {
        return outline.getRoot() == null ? java.util.Optional.empty() : outline.getRoot().getChildren().stream()
                .filter(item -> item.getValue().number().equals(number)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private TableView<CommentRow> table(String id) {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(TableView.class);
    }
}
