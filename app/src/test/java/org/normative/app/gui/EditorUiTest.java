package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.app.gui.RunningMainWindow.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.check.Finding;
import org.normative.standards.diff.Change;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.testfx.api.FxRobot;

/** Drafting in the real main window, headless: edit a draft, save, move its stage, open the redline. */
class EditorUiTest {

    @TempDir
    Path temp;

    private RunningMainWindow window;
    private FxRobot robot;

    @BeforeEach
    void showMainWindow() throws Exception {
        window = RunningMainWindow.show(temp);
        robot = window.robot;
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void aClauseAndARequirementAreTypedSavedAndTheEditionMovesToItsBallot() throws Exception {
        ComboBox<Edition> editions = openDraft();
        waitUntil(() -> tabTitles().contains("Edit DG/T 0102-2026"));
        waitUntil(() -> !robot.lookup("#editor-heading").queryTextInputControl().getText().isEmpty());

        robot.clickOn("#addClauseButton");
        robot.write("Sorting");
        robot.clickOn("#editor-body").write("Collections must be sortable.");
        StyleClassedTextArea body = robot.lookup("#editor-body").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> body.getStyleOfChar(body.getText().indexOf("must")).contains("verbal-form-problem"));

        robot.clickOn("#editor-new-statement").write("Servers shall support the sort parameter.");
        Label detected = robot.lookup("#editor-detected").queryAs(Label.class);
        waitUntil(() -> detected.getText().equals("shall"));
        robot.type(KeyCode.ENTER);

        TableView<Requirement> requirements = robot.lookup("#editor-requirements").queryTableView();
        waitUntil(() -> requirements.getItems().size() == 1);
        assertThat(requirements.getItems().get(0).id()).isEqualTo("/req/dg-0102/sorting");
        assertThat(tabTitles()).contains("Edit DG/T 0102-2026 *");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> tabTitles().contains("Edit DG/T 0102-2026"));
        assertThat(window.context.editions().content(new EditionRef("DG/T 0102", "2026")).requirement("/req/dg-0102/sorting"))
                .map(Requirement::statement).contains("Servers shall support the sort parameter.");
        ListView<Finding> problems = robot.lookup("#editor-problems").queryListView();
        waitUntil(() -> problems.getItems().stream().anyMatch(p -> p.ruleId().equals("must-used")));

        robot.interact(() -> mainTabs().getSelectionModel().select(
                mainTabs().getTabs().stream().filter(t -> t.getText().equals("DG/T 0102")).findFirst().orElseThrow()));
        robot.clickOn("#move-stage");
        waitUntil(() -> window.shown("30.20 Committee draft ballot").isPresent());
        robot.clickOn(window.shown("30.20 Committee draft ballot").orElseThrow());
        waitUntil(() -> editions.getValue() != null && editions.getValue().stage() == Stage.COMMITTEE_DRAFT_BALLOT);
        assertThat(window.context.editions().baseline(new EditionRef("DG/T 0102", "2026"))).isNotNull();

        robot.clickOn("#compare-editions");
        waitUntil(() -> tabTitles().contains("Redline DG/T 0102"));
        ListView<Change> changes = robot.lookup("#redline-changes").queryListView();
        waitUntil(() -> changes.getItems().stream().anyMatch(c -> c.key().equals("/req/dg-0102/sorting")));
        assertThat(robot.lookup("#redline-changes .redline-inserted").queryAll()).isNotEmpty();
        robot.clickOn("#redline-significant-only");
        waitUntil(() -> changes.getItems().stream().allMatch(Change::significant));
        assertThat(((RecordingDialogService) window.context.dialogs()).errors).isEmpty();
    }

    @Test
    void clausesMoveByKeyboardAndUndoBringsThemBack() {
        ComboBox<Edition> editions = openDraft();
        waitUntil(() -> outlineLabels().size() > 2);
        List<String> before = outlineLabels();
        String second = before.stream().filter(l -> l.startsWith("2  ")).findFirst().orElseThrow();

        robot.clickOn(second);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        waitUntil(() -> outlineLabels().get(0).equals("1  " + second.substring(3)));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> outlineLabels().equals(before));
    }

    /** Opens DG/T 0102 at its 2026 committee draft and clicks Edit; returns the standard tab's edition chooser. */
    private ComboBox<Edition> openDraft() {
        // a click and Enter rather than a double click: a loaded machine can split a double click in two
        robot.clickOn("DG/T 0102  Open government data: Application programming interfaces").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".standard-view .combo-box").tryQuery().isPresent());
        ComboBox<Edition> editions = robot.lookup(".standard-view .combo-box").queryComboBox();
        waitUntil(() -> editions.getValue() != null);
        robot.interact(() -> editions.getItems().stream().filter(e -> e.label().equals("2026")).findFirst().ifPresent(editions::setValue));
        robot.clickOn("#edit-edition");
        return editions;
    }

    private List<String> outlineLabels() {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<org.normative.standards.library.Clause> tree =
                robot.lookup("#editor-outline").queryAs(javafx.scene.control.TreeView.class);
        return RunningMainWindow.flatten(tree.getRoot(), c -> c.number() + "  " + c.heading());
    }

    private List<String> tabTitles() {
        return mainTabs().getTabs().stream().map(t -> t.getText()).toList();
    }

    /** The main window's tabs (the editor has a tab pane of its own inside). */
    private TabPane mainTabs() {
        return robot.lookup(".tab-pane").queryAll().stream().filter(TabPane.class::isInstance).map(TabPane.class::cast)
                .filter(p -> p.getTabs().stream().anyMatch(t -> t.getText().startsWith("DG/T"))).findFirst().orElseThrow();
    }
}
