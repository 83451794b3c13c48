package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.task.FxTaskExecutor;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.testfx.api.FxRobot;

/** Drives the real main window, headless (Monocle), on a real workspace holding the demo library. */
class MainWindowUiTest {

    @TempDir
    Path temp;

    private RunningMainWindow window;
    private FxRobot robot;
    private FxTaskExecutor executor;
    private AppPreferences preferences;

    @BeforeEach
    void showMainWindow() throws Exception {
        window = RunningMainWindow.show(temp);
        robot = window.robot;
        executor = window.executor;
        preferences = window.preferences;
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void navigatorShowsTheDemoStandardsByFrameworkAndByCommittee() {
        assertThat(navigatorLabels())
                .contains("DG/T 0101  Government data elements: Naming and identification rules",
                        "DG/T 0201  Unified identity authentication: Technical requirements")
                .anyMatch(l -> l.startsWith("310  Data elements"));

        robot.clickOn("By committee");

        waitUntil(() -> navigatorLabels().stream().anyMatch(l -> l.startsWith("TC-DATA")));
        assertThat(navigatorLabels()).anyMatch(l -> l.startsWith("TC-PLAT")).contains(
                "DG/T 0202  Electronic licences: Data format of licence files");
    }

    @Test
    void filterNarrowsTheNavigator() {
        robot.clickOn(".navigator-view .text-field").write("0201");

        waitUntil(() -> navigatorLabels().stream().noneMatch(l -> l.startsWith("DG/T 0101")));
        assertThat(navigatorLabels()).filteredOn(l -> l.startsWith("DG/T")).containsExactly(
                "DG/T 0201  Unified identity authentication: Technical requirements");
    }

    @Test
    void openingAStandardShowsItsEditionsAndClauses() {
        // select and Enter: on a loaded machine the two clicks of a double-click can arrive too far apart to count as one
        robot.clickOn("DG/T 0101  Government data elements: Naming and identification rules").type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> outlineLabels().contains("3.1  名称结构"));
        assertThat(outlineLabels()).startsWith("1  范围", "2  规范性引用文件", "3  命名规则");
        ComboBox<Edition> editions = robot.lookup(".standard-view .combo-box").queryComboBox();
        assertThat(editions.getItems()).extracting(Edition::label).containsExactly("2023", "2026");
        assertThat(editions.getValue().label()).isEqualTo("2023");

        robot.interact(() -> editions.getSelectionModel().select(1));

        waitUntil(() -> outlineLabels().contains("5  版本规则"));
        assertThat(robot.lookup("#clause-reader .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("5  版本规则", "数据元的定义发生变化时，应递增其版本号，并保留历史版本。");
    }

    @Test
    void fullTextSearchFindsChineseClauseTextAndOpensTheClause() {
        robot.clickOn(".navigator-view .text-field").write("短信验证码").type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#search-results").tryQueryAs(javafx.scene.control.ListView.class)
                .map(list -> !list.getItems().isEmpty() && list.isVisible()).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.normative.standards.search.SearchHit> results =
                robot.lookup("#search-results").queryAs(javafx.scene.control.ListView.class);
        assertThat(results.getItems()).extracting(h -> h.standardCode()).contains("DG/T 0201");
        org.normative.standards.search.SearchHit first = results.getItems().get(0);
        robot.interact(() -> results.getSelectionModel().select(0));
        robot.clickOn("#search-results .list-cell").type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#clause-reader .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().contains("短信验证码")));
        ComboBox<Edition> editions = robot.lookup(".standard-view .combo-box").queryComboBox();
        assertThat(editions.getValue().label()).isEqualTo(first.edition());
        assertThat(robot.lookup("#clause-reader .label").queryAllAs(Labeled.class)).first()
                .extracting(Labeled::getText).asString().startsWith(first.key() + "  ");
    }

    @Test
    void inspectorShowsTheSelectedStandard() {
        robot.clickOn(".navigator-view .text-field").write("DG/T 04");
        waitUntil(() -> navigatorLabels().stream().noneMatch(l -> l.startsWith("DG/T 0101")));
        robot.clickOn("DG/T 0401  Government information systems: Security baseline");

        waitUntil(() -> robot.lookup(".inspector-view .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> "政务信息系统 安全基线".equals(l.getText())));
        assertThat(robot.lookup(".inspector-view .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("TC-SEC  Security Technical Committee", "60.60 Published");
        // the impact panel: a revision of the security baseline reaches nothing that depends on it in the demo
        waitUntil(() -> robot.lookup("#impact-list").queryListView().getItems().contains("Nothing else depends on it."));
    }

    @Test
    void impactPanelListsWhatARevisionOfTheSelectedStandardAffects() {
        robot.clickOn(".navigator-view .text-field").write("0201");
        waitUntil(() -> navigatorLabels().stream().noneMatch(l -> l.startsWith("DG/T 0101")));
        robot.clickOn("DG/T 0201  Unified identity authentication: Technical requirements");

        waitUntil(() -> robot.lookup("#impact-list").queryListView().getItems().contains("DG/T 0102 -> DG/T 0201  (TC-DATA)"));
        assertThat(robot.lookup("#impact-list").queryListView().getItems())
                .contains("DG/T 0401 -> DG/T 0201  (TC-SEC)");
    }

    @Test
    void switchingToChineseChangesTheVisibleLabelsAndKeepsOpenTabs() {
        robot.clickOn("DG/T 0102  Open government data: Application programming interfaces").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> outlineLabels().contains("4  API description"));

        robot.clickOn("View");
        waitUntil(() -> shown("简体中文").isPresent());
        robot.clickOn(shown("简体中文").orElseThrow());

        waitUntil(() -> menuTexts().contains("视图"));
        assertThat(menuTexts()).containsExactly("文件", "视图", "帮助");
        assertThat(robot.lookup(".pane-title").queryAllAs(Labeled.class)).extracting(Labeled::getText).contains("导航", "属性");
        assertThat(navigatorLabels()).contains("DG/T 0102  政务数据开放 应用程序接口规范");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("DG/T 0102");
        waitUntil(() -> outlineLabels().contains("4  API description"));
        assertThat(preferences.language(Locale.ENGLISH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private java.util.Optional<javafx.scene.Node> shown(String text) {
        return window.shown(text);
    }

    @Test
    void longTaskShowsInTheTaskPanelAndCanBeCancelled() throws Exception {
        java.util.concurrent.CountDownLatch cancelledSeen = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean workNoticed = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> org.normative.app.gui.task.BackgroundTask.wrap("Validating a large artifact", progress -> {
                    long step = 0;
                    while (!progress.isCancelled()) {
                        progress.update(++step % 100, 100, "row " + step);
                        Thread.onSpinWait();
                    }
                    workNoticed.set(true);
                    return null;
                })
                .onCancelled(cancelledSeen::countDown)
                .executeWith(executor));

        waitUntil(() -> shown("Validating a large artifact").isPresent());
        robot.clickOn(shown("Cancel").orElseThrow());

        assertThat(cancelledSeen.await(15, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> shown("Validating a large artifact").isEmpty());
        waitUntil(workNoticed::get);
    }

    private List<String> menuTexts() {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(m -> m.getText()).toList();
    }

    private List<String> navigatorLabels() {
        return window.navigatorLabels();
    }

    @SuppressWarnings("unchecked")
    private List<String> outlineLabels() {
        return robot.lookup("#clause-outline").tryQueryAs(TreeView.class)
                .map(tree -> RunningMainWindow.flatten(((TreeView<Clause>) tree).getRoot(), c -> c.number() + "  " + c.heading()))
                .orElse(List.of());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        RunningMainWindow.waitUntil(condition);
    }
}
