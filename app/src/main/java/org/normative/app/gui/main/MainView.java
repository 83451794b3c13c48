package org.normative.app.gui.main;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.normative.app.AppVersion;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.framework.FrameworkCoverageView;
import org.normative.app.gui.framework.FrameworkCoverageViewModel;
import org.normative.app.gui.inspector.InspectorView;
import org.normative.app.gui.links.CoordinationView;
import org.normative.app.gui.links.CoordinationViewModel;
import org.normative.app.gui.links.LinkGraphView;
import org.normative.app.gui.links.LinkGraphViewModel;
import org.normative.app.gui.navigator.NavigatorView;
import org.normative.app.gui.review.ReviewView;
import org.normative.app.gui.review.ReviewViewModel;
import org.normative.app.gui.standard.StandardView;
import org.normative.app.gui.standard.StandardViewModel;
import org.normative.app.gui.editor.EditorView;
import org.normative.app.gui.editor.EditorViewModel;
import org.normative.app.gui.redline.RedlineView;
import org.normative.app.gui.redline.RedlineViewModel;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.TaskPanelView;
import org.normative.app.gui.theme.Theme;

/** The main window's layout: menu, navigator, tabs, inspector, task panel and status line. */
public final class MainView {

    private final MainViewModel viewModel;
    private final OpenStandardAction openAction;
    private final CloseTabAction closeTabAction;
    private final ShowToolAction linkGraphAction;
    private final ShowToolAction coordinationAction;
    private final ShowToolAction coverageAction;
    private final ShowToolAction suitesAction;
    private final ShowToolAction submissionsAction;
    private final ShowToolAction runWizardAction;
    private final ShowToolAction dashboardAction;
    private final Map<TabModel, Tab> tabByModel = new HashMap<>();
    private NavigatorView navigatorView;

    @FXML private StackPane navigatorSlot;
    @FXML private StackPane inspectorSlot;
    @FXML private StackPane taskSlot;
    @FXML private TabPane tabs;
    @FXML private Label emptyHint;
    @FXML private Label status;
    @FXML private MenuItem openItem;
    @FXML private MenuItem closeTabItem;
    @FXML private MenuItem linkGraphItem;
    @FXML private MenuItem coordinationItem;
    @FXML private MenuItem coverageItem;
    @FXML private MenuItem suitesItem;
    @FXML private MenuItem submissionsItem;
    @FXML private MenuItem runWizardItem;
    @FXML private MenuItem dashboardItem;
    @FXML private javafx.scene.control.Button suitesButton;
    @FXML private javafx.scene.control.Button submissionsButton;
    @FXML private javafx.scene.control.Button runWizardButton;
    @FXML private javafx.scene.control.Button dashboardButton;
    @FXML private javafx.scene.control.Button linkGraphButton;
    @FXML private javafx.scene.control.Button coordinationButton;
    @FXML private javafx.scene.control.Button coverageButton;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private CheckMenuItem darkItem;

    public MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        this.openAction = new OpenStandardAction(viewModel);
        this.closeTabAction = new CloseTabAction(viewModel);
        this.linkGraphAction = new ShowToolAction(viewModel, Tool.LINK_GRAPH);
        this.coordinationAction = new ShowToolAction(viewModel, Tool.COORDINATION);
        this.coverageAction = new ShowToolAction(viewModel, Tool.FRAMEWORK_COVERAGE);
        this.suitesAction = new ShowToolAction(viewModel, Tool.SUITES);
        this.submissionsAction = new ShowToolAction(viewModel, Tool.SUBMISSIONS);
        this.runWizardAction = new ShowToolAction(viewModel, Tool.RUN_WIZARD);
        this.dashboardAction = new ShowToolAction(viewModel, Tool.CONFORMANCE_DASHBOARD);
    }

    public Parent load() {
        return ViewLoader.load(this, viewModel.localization().bundle());
    }

    @FXML
    private void initialize() {
        ResourceBundle bundle = viewModel.localization().bundle();
        navigatorView = new NavigatorView(viewModel.navigator(), openAction, viewModel::openHit, bundle);
        navigatorSlot.getChildren().setAll(navigatorView.load());
        inspectorSlot.getChildren().setAll(new InspectorView(viewModel.inspector(),
                new ShowToolAction(viewModel, Tool.LINK_GRAPH, viewModel.navigator().standardSelected()),
                bundle).load());
        taskSlot.getChildren().setAll(new TaskPanelView(viewModel.tasks(), viewModel.localization()).node());
        status.setText(viewModel.workspaceDescription());

        openItem.disableProperty().bind(openAction.executable().not());
        closeTabItem.disableProperty().bind(closeTabAction.executable().not());
        bind(linkGraphAction, linkGraphItem, linkGraphButton);
        bind(coordinationAction, coordinationItem, coordinationButton);
        bind(coverageAction, coverageItem, coverageButton);
        bind(suitesAction, suitesItem, suitesButton);
        bind(submissionsAction, submissionsItem, submissionsButton);
        bind(runWizardAction, runWizardItem, runWizardButton);
        bind(dashboardAction, dashboardItem, dashboardButton);
        ToggleGroup languages = new ToggleGroup();
        englishItem.setToggleGroup(languages);
        chineseItem.setToggleGroup(languages);
        boolean chinese = "zh".equals(viewModel.localization().locale().getLanguage());
        (chinese ? chineseItem : englishItem).setSelected(true);
        darkItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);

        bindTabs();
    }

    /** A menu item and a toolbar button that give the same command. */
    private static void bind(org.normative.app.gui.action.Action action, MenuItem item, javafx.scene.control.Button button) {
        item.disableProperty().bind(action.executable().not());
        item.setOnAction(event -> action.execute());
        button.disableProperty().bind(action.executable().not());
        button.setOnAction(event -> action.execute());
    }

    private void bindTabs() {
        viewModel.tabs().forEach(this::addTab);
        viewModel.tabs().addListener((ListChangeListener<TabModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(model -> tabs.getTabs().remove(tabByModel.remove(model)));
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        emptyHint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tabs.getTabs()));
        selectTab(viewModel.selectedTabProperty().get());
        viewModel.selectedTabProperty().addListener((o, a, b) -> selectTab(b));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.selectedTabProperty().set((TabModel) b.getUserData());
            }
        });
    }

    private void addTab(TabModel model) {
        Tab tab = new Tab(model.tabTitle(), viewOf(model));
        tab.setUserData(model);
        tab.setId("tab-" + model.tabKey());
        tab.setOnCloseRequest(event -> {
            event.consume();
            viewModel.close(model);
        });
        if (model instanceof EditorViewModel editor) { // "DG/T 0101-2026 *" while there are unsaved changes
            editor.dirtyProperty().addListener((o, a, b) -> tab.setText(model.tabTitle()));
        }
        tabByModel.put(model, tab);
        tabs.getTabs().add(tab);
    }

    /** The view of a tab's model; made again whenever the window is (on a change of language). */
    private Parent viewOf(TabModel model) {
        ResourceBundle bundle = viewModel.localization().bundle();
        if (model instanceof StandardViewModel standard) {
            return new StandardView(standard, bundle).load();
        }
        if (model instanceof EditorViewModel editor) {
            return new EditorView(editor, bundle).load();
        }
        if (model instanceof RedlineViewModel redline) {
            return new RedlineView(redline, bundle).load();
        }
        if (model instanceof LinkGraphViewModel graph) {
            return new LinkGraphView(graph, openAction, bundle).load();
        }
        if (model instanceof CoordinationViewModel coordination) {
            return new CoordinationView(coordination, bundle).load();
        }
        if (model instanceof FrameworkCoverageViewModel coverage) {
            return new FrameworkCoverageView(coverage, bundle).load();
        }
        if (model instanceof ReviewViewModel review) {
            return new ReviewView(review, bundle).load();
        }
        return org.normative.app.gui.conformance.ConformanceViews.viewOf(model, viewModel.localization())
                .orElseThrow(() -> new IllegalArgumentException("no view for " + model.getClass().getName()));
    }

    private void selectTab(TabModel model) {
        Tab tab = tabByModel.get(model);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    @FXML
    private void openStandard() {
        openAction.execute();
    }

    @FXML
    private void closeTab() {
        closeTabAction.execute();
    }

    @FXML
    private void quit() {
        tabs.getScene().getWindow().hide();
    }

    @FXML
    private void focusFilter() {
        navigatorView.focusFilter();
    }

    @FXML
    private void useEnglish() {
        switchLanguage(Locale.ENGLISH);
    }

    @FXML
    private void useChinese() {
        switchLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    private void switchLanguage(Locale language) {
        // the scene root is replaced as a consequence: let the menu close first
        Platform.runLater(() -> viewModel.setLanguage(language));
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    @FXML
    private void about() {
        viewModel.showAbout(AppVersion.current());
    }
}
