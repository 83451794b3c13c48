package org.normative.app.gui.main;

import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.AppContext;
import org.normative.app.gui.editor.EditorViewModel;
import org.normative.app.gui.conformance.ConformanceDesk;
import org.normative.app.gui.conformance.Workbench;
import org.normative.app.gui.framework.FrameworkCoverageViewModel;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.inspector.InspectorViewModel;
import org.normative.app.gui.links.CoordinationViewModel;
import org.normative.app.gui.links.LinkGraphViewModel;
import org.normative.app.gui.navigator.NavigatorNode;
import org.normative.app.gui.navigator.NavigatorViewModel;
import org.normative.app.gui.redline.RedlineViewModel;
import org.normative.app.gui.review.ReviewViewModel;
import org.normative.app.gui.standard.StandardViewModel;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.theme.Theme;
import org.normative.conformance.demo.DemoConformance;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Standard;
import org.normative.standards.search.SearchHit;

/**
 * The state of the main window: navigator, open tabs, inspector, task panel, language and theme. It outlives its
 * views: when the language changes the views are rebuilt from it and nothing people had open is lost.
 */
public final class MainViewModel {

    private final AppContext context;
    private final Localization localization;
    private final NavigatorViewModel navigator;
    private final InspectorViewModel inspector;
    private final ObservableList<TabModel> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<TabModel> selectedTab = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme;
    private final LinkGraphViewModel linkGraph;
    private final CoordinationViewModel coordination;
    private final FrameworkCoverageViewModel coverage;
    private final StandardViewModel.StandardActions standardActions = new StandardViewModel.StandardActions() {
        @Override
        public void openEditor(Standard standard, Edition edition) {
            MainViewModel.this.openEditor(standard, edition);
        }

        @Override
        public void openRedline(Standard standard, Edition from, Edition to) {
            MainViewModel.this.openRedline(standard, from, to);
        }

        @Override
        public void openReview(Standard standard, Edition edition, Clause clause) {
            MainViewModel.this.openReview(standard, edition, clause);
        }

        @Override
        public void libraryChanged() {
            navigator.reload();
        }
    };
    private final ConformanceDesk conformance;

    public MainViewModel(AppContext context) {
        this.context = context;
        this.localization = context.localization();
        this.navigator = new NavigatorViewModel(context.library(), context.search(), localization, context.executor(),
                context.dialogs());
        this.inspector = new InspectorViewModel(localization, navigator.snapshotProperty(), navigator.selectedProperty(),
                context.links(), context.executor());
        this.theme = new SimpleObjectProperty<>(context.preferences().theme());
        this.linkGraph = new LinkGraphViewModel(context.links(), context.library(), localization, context.executor(),
                context.dialogs());
        this.coordination = new CoordinationViewModel(context.links(), context.library(), localization,
                context.executor(), context.dialogs(), this::linksChanged);
        this.coverage = new FrameworkCoverageViewModel(context.framework(), context.library(), localization,
                context.executor(), context.dialogs(), navigator::reload);
        this.conformance = new ConformanceDesk(context, new Workbench() {
            @Override
            public void open(TabModel tab) {
                if (!tabs.contains(tab)) {
                    tabs.add(tab);
                }
                selectedTab.set(tab);
            }

            @Override
            public void openClause(String standardCode, String edition, String clauseNumber) {
                openStandardAt(standardCode, edition, clauseNumber);
            }
        });
        followSelectionInTheGraph();
    }

    /** A click in the graph selects the standard in the navigator (so the inspector shows it), and the other way round. */
    private void followSelectionInTheGraph() {
        linkGraph.selectedProperty().addListener((o, a, code) -> {
            if (code != null) {
                navigator.selectStandard(code);
            }
        });
        navigator.selectedProperty().addListener((o, a, node) -> {
            if (node != null && node.isStandard()) {
                linkGraph.select(node.code());
            }
        });
    }

    /** A link was reviewed: an open graph shows it is no longer suspect, and the inspector's impact is read again. */
    private void linksChanged() {
        if (tabs.contains(linkGraph)) {
            linkGraph.reload();
        }
    }

    /** Opens one of the workbench's views in a tab, or selects its tab; either way its content is read again. */
    public void show(Tool tool) {
        TabModel tab = switch (tool) {
            case LINK_GRAPH -> linkGraph;
            case COORDINATION -> coordination;
            case FRAMEWORK_COVERAGE -> coverage;
            case SUITES -> conformance.suites();
            case SUBMISSIONS -> conformance.submissions();
            case RUN_WIZARD -> conformance.runWizard();
            case CONFORMANCE_DASHBOARD -> conformance.dashboard();
        };
        switch (tool) {
            case LINK_GRAPH -> linkGraph.reload();
            case COORDINATION -> coordination.reload();
            case FRAMEWORK_COVERAGE -> coverage.reload();
            case SUITES -> conformance.suites().reload();
            case SUBMISSIONS -> conformance.submissions().reload();
            case RUN_WIZARD -> conformance.runWizard().reload();
            case CONFORMANCE_DASHBOARD -> conformance.dashboard().reload();
        }
        if (!tabs.contains(tab)) {
            tabs.add(tab);
        }
        selectedTab.set(tab);
    }

    public LinkGraphViewModel linkGraph() {
        return linkGraph;
    }

    public CoordinationViewModel coordination() {
        return coordination;
    }

    /** The suites, submissions, runs and reports of the workspace. */
    public ConformanceDesk conformance() {
        return conformance;
    }

    public FrameworkCoverageViewModel coverage() {
        return coverage;
    }

    /** Loads the library; a new, empty workspace gets the demo library first. */
    public void start() {
        BackgroundTask.wrap(localization.text("task.openWorkspace"), progress -> {
                    if (context.library().isEmpty()) {
                        progress.update(-1, 1, localization.text("task.installDemo"));
                        new DemoLibrary(context.sqlLibrary()).install();
                        new DemoConformance().install(context.conformance(), context.workspace().directory());
                    }
                    return Boolean.TRUE;
                })
                .onSuccess(done -> navigator.reload())
                .onFailure(this::showError)
                .executeWith(context.executor());
    }

    public NavigatorViewModel navigator() {
        return navigator;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ObservableList<TabModel> tabs() {
        return tabs;
    }

    public ObjectProperty<TabModel> selectedTabProperty() {
        return selectedTab;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public org.normative.app.gui.task.TaskPanelViewModel tasks() {
        return context.tasks();
    }

    public void showAbout(String version) {
        context.dialogs().showInformation(localization.text("about.title"), localization.text("about.text", version,
                context.workspace().directory()));
    }

    public Localization localization() {
        return localization;
    }

    public String workspaceDescription() {
        return localization.text("status.workspace", context.workspace().directory());
    }

    /** Opens the standard selected in the navigator, or selects its tab if it is open already. */
    public void openSelected() {
        NavigatorNode node = navigator.selectedProperty().get();
        if (node != null && node.isStandard()) {
            openStandard(node.code());
        }
    }

    public void openStandard(String code) {
        Optional<StandardViewModel> open = tabs.stream().filter(StandardViewModel.class::isInstance)
                .map(StandardViewModel.class::cast).filter(t -> t.code().equals(code)).findFirst();
        if (open.isPresent()) {
            selectedTab.set(open.get());
            return;
        }
        Optional<Standard> standard = navigator.snapshotProperty().get().standard(code);
        if (standard.isEmpty()) {
            return;
        }
        StandardViewModel tab = new StandardViewModel(standard.get(), context.library(), context.editions(), standardActions,
                localization, context.executor(), context.dialogs());
        tabs.add(tab);
        selectedTab.set(tab);
    }

    /** Opens the review of an edition in a tab (or selects it), new comments going to {@code clause} (may be null). */
    public void openReview(Standard standard, Edition edition, Clause clause) {
        ReviewViewModel review = tabs.stream().filter(ReviewViewModel.class::isInstance).map(ReviewViewModel.class::cast)
                .filter(t -> t.editionName().equals(standard.code() + "@" + edition.label())).findFirst()
                .orElseGet(() -> {
                    ReviewViewModel created = new ReviewViewModel(context.review(), context.library(),
                            context.sqlLibrary().audit(), standard, edition, clause == null ? null : clause.number(),
                            localization, context.executor(), context.dialogs());
                    tabs.add(created);
                    return created;
                });
        review.reload();
        selectedTab.set(review);
    }

    /** Opens the standard of a search result at the edition and clause it points to. */
    public void openHit(SearchHit hit) {
        openStandardAt(hit.standardCode(), hit.edition(), hit.kind() == SearchHit.Kind.CLAUSE ? hit.key() : null);
    }

    /** Opens a standard at an edition (when not empty) and a clause number (when not null). */
    public void openStandardAt(String code, String edition, String clauseNumber) {
        openStandard(code);
        if (selectedTab.get() instanceof StandardViewModel tab && tab.code().equals(code) && !edition.isEmpty()) {
            tab.show(edition, clauseNumber);
        }
    }

    /** Opens a draft edition in an editor tab, or selects the tab that edits it already. */
    public void openEditor(Standard standard, Edition edition) {
        EditorViewModel editor = new EditorViewModel(standard, edition, context.editions(), context.library(), localization,
                context.executor(), context.dialogs(), () -> contentSaved(standard.code(), edition));
        selectOrAdd(editor);
    }

    public void openRedline(Standard standard, Edition from, Edition to) {
        tabs.stream().filter(t -> t.tabKey().equals("redline-" + standard.code())).findFirst().ifPresent(tabs::remove);
        selectOrAdd(new RedlineViewModel(standard, from, to, context.editions(), localization, context.executor(), context.dialogs()));
    }

    private void selectOrAdd(TabModel tab) {
        Optional<TabModel> open = tabs.stream().filter(t -> t.tabKey().equals(tab.tabKey())).findFirst();
        if (open.isPresent()) {
            selectedTab.set(open.get());
            return;
        }
        tabs.add(tab);
        selectedTab.set(tab);
    }

    private void contentSaved(String code, Edition edition) {
        tabs.stream().filter(StandardViewModel.class::isInstance).map(StandardViewModel.class::cast)
                .filter(t -> t.code().equals(code)).forEach(t -> t.contentSaved(edition));
        navigator.reload();
    }

    /** Closes a tab; an editor with unsaved changes asks first. */
    public void close(TabModel tab) {
        if (tab instanceof EditorViewModel editor && editor.dirtyProperty().get()
                && !context.dialogs().confirm(localization.text("editor.discard.title"),
                        localization.text("editor.discard.message", tab.tabTitle()))) {
            return;
        }
        int index = tabs.indexOf(tab);
        tabs.remove(tab);
        if (tab == selectedTab.get()) {
            selectedTab.set(tabs.isEmpty() ? null : tabs.get(Math.max(0, index - 1)));
        }
    }

    public void closeSelectedTab() {
        if (selectedTab.get() != null) {
            close(selectedTab.get());
        }
    }

    public void setLanguage(Locale language) {
        localization.setLocale(language);
        context.preferences().setLanguage(localization.locale());
        savePreferences();
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
        context.preferences().setTheme(theme.get());
        savePreferences();
    }

    private void savePreferences() {
        BackgroundTask.wrap(localization.text("task.savePreferences"), progress -> {
                    context.preferences().save();
                    return Boolean.TRUE;
                })
                .onFailure(this::showError)
                .executeWith(context.executor());
    }

    private void showError(Exception error) {
        context.dialogs().showError(localization.text("error.title"), localization.describe(error), error);
    }
}
