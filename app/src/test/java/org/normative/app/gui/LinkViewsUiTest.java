package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.app.gui.RunningMainWindow.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.framework.CoverageRow;
import org.normative.standards.library.Committee;
import org.normative.standards.links.LinkProblem;
import org.testfx.api.FxRobot;

/** The link graph, coordination list and framework coverage views in the real main window, headless. */
class LinkViewsUiTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

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
    void clickingAStandardInTheGraphSelectsItAndShowsItsImpactAndADoubleClickOpensIt() {
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> graphNode("DG/T 0201").isPresent());
        assertThat(robot.lookup("#link-graph .graph-edge.suspect").queryAll()).hasSize(1);

        robot.clickOn(graphNode("DG/T 0201").orElseThrow());

        waitUntil(() -> robot.lookup("#impact-list").queryListView().getItems().contains("DG/T 0102 -> DG/T 0201  (TC-DATA)"));
        assertThat(graphNode("DG/T 0201").orElseThrow().getPseudoClassStates()).contains(SELECTED);
        assertThat(robot.lookup(".inspector-view .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("DG/T 0201");

        doubleClick(graphNode("DG/T 0102").orElseThrow());

        waitUntil(() -> tabTitles().contains("DG/T 0102"));
        assertThat(tabTitles()).containsExactly("Link graph", "DG/T 0102");
    }

    @Test
    void uncheckingACommitteeHidesItsStandardsFromTheGraph() {
        robot.clickOn("#linkGraphButton");
        waitUntil(() -> graphNode("DG/T 0401").isPresent());

        robot.clickOn("#filter-committee-TC-SEC");

        waitUntil(() -> graphNode("DG/T 0401").isEmpty());
        assertThat(graphNode("DG/T 0201")).isPresent();
        robot.clickOn("#filter-type-NORMATIVE_REFERENCE");
        waitUntil(() -> robot.lookup("#link-graph .graph-edge.link-normative-reference").queryAll().isEmpty());
        assertThat(graphNode("DG/T 0102")).isPresent();
    }

    @Test
    void inspectorOpensTheGraphOnTheSelectedStandard() {
        robot.clickOn(".navigator-view .text-field").write("0301");
        waitUntil(() -> window.navigatorLabels().stream().noneMatch(l -> l.startsWith("DG/T 0101")));
        robot.clickOn("DG/T 0301  Online government services: Compilation of the service item catalogue");
        robot.clickOn("#showInGraphButton");

        waitUntil(() -> graphNode("DG/T 0301").map(n -> n.getPseudoClassStates().contains(SELECTED)).orElse(false));
        assertThat(tabTitles()).containsExactly("Link graph");
    }

    @Test
    void markingACoordinationItemReviewedTakesItOffTheList() throws Exception {
        robot.clickOn("#coordinationButton");
        @SuppressWarnings("unchecked")
        ComboBox<Committee> committees = robot.lookup("#coordination-committee").queryAs(ComboBox.class);
        waitUntil(() -> !committees.getItems().isEmpty());
        robot.interact(() -> committees.getItems().stream().filter(c -> c.code().equals("TC-SERV")).findFirst()
                .ifPresent(committees::setValue));
        ListView<?> toReview = robot.lookup("#coordination-to-review").queryListView();
        waitUntil(() -> toReview.getItems().size() == 1);

        robot.clickOn(robot.lookup("#coordination-to-review .mark-reviewed").queryButton());

        waitUntil(() -> toReview.getItems().isEmpty());
        assertThat(window.context.links().check().problems(LinkProblem.Kind.SUSPECT)).isEmpty();
        assertThat(((RecordingDialogService) window.context.dialogs()).errors).isEmpty();
    }

    @Test
    void coverageHighlightsTheNodesWithoutAPublishedStandard() {
        robot.clickOn("View");
        waitUntil(() -> menuItem("Framework coverage").isPresent());
        robot.clickOn(menuItem("Framework coverage").orElseThrow()); // the menu's item, not the toolbar button of that name

        waitUntil(() -> gapRows().contains("210"));
        assertThat(gapRows()).contains("120", "200").doesNotContain("100", "110");
        assertThat(robot.lookup("#coverage-tree .tree-table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("210  Government cloud", "No published standard");
        assertThat(robot.lookup("#coverage-chart").tryQuery()).isPresent();
    }

    private java.util.Optional<Node> menuItem(String text) {
        return robot.lookup(".menu-item").queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .filter(n -> n.lookup(".label") instanceof Labeled label && text.equals(label.getText())).findFirst();
    }

    /**
     * A double-click as one event with a click count of two: the robot's two real clicks can arrive too far apart on
     * a loaded machine to count as one double-click.
     */
    private void doubleClick(Node node) {
        robot.interact(() -> node.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                1, 1, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false, false, false, false,
                false, false, true, null)));
    }

    private java.util.Optional<Node> graphNode(String code) {
        return robot.lookup(".graph-node").queryAll().stream().filter(n -> code.equals(n.getUserData())).findFirst();
    }

    private List<String> tabTitles() {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> gapRows() {
        return robot.lookup("#coverage-tree .tree-table-row-cell").queryAll().stream()
                .map(n -> (TreeTableRow<CoverageRow>) n)
                .filter(row -> row.getItem() != null && row.getPseudoClassStates().contains(GAP))
                .map(row -> row.getItem().code()).toList();
    }
}
