package org.normative.app.gui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.standards.library.Committee;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Standard;
import org.normative.standards.search.LibrarySearch;
import org.normative.standards.search.SearchHit;

/**
 * The navigator: the standards of the workspace grouped by framework node or by committee, filtered by a search
 * text. The library is read in the background; the tree is rebuilt in memory when grouping, filter or language change.
 */
public final class NavigatorViewModel {

    private final LibraryService library;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<LibrarySnapshot> snapshot = new SimpleObjectProperty<>(LibrarySnapshot.EMPTY);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.FRAMEWORK);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<NavigatorNode> root = new SimpleObjectProperty<>();
    private final ObjectProperty<NavigatorNode> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> searchResults = FXCollections.observableArrayList();
    private final BooleanProperty showingResults = new SimpleBooleanProperty(false);
    private final javafx.beans.binding.BooleanBinding standardSelected = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().isStandard(), selected);
    private final LibrarySearch search;

    public NavigatorViewModel(LibraryService library, LibrarySearch search, Localization localization,
                              TaskExecutor executor, DialogService dialogs) {
        this.library = library;
        this.search = search;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        snapshot.addListener((o, a, b) -> rebuild());
        grouping.addListener((o, a, b) -> rebuild());
        filter.addListener((o, a, b) -> rebuild());
        localization.localeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** Reads the library again (after the demo install, an import, ...). */
    public void reload() {
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.loadLibrary"), progress -> {
                    List<Committee> committees = library.committees();
                    List<FrameworkNode> framework = library.framework();
                    List<Standard> standards = library.standards();
                    return new LibrarySnapshot(committees, framework, standards);
                })
                .onSuccess(loaded -> {
                    loading.set(false);
                    snapshot.set(loaded);
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(localization.text("error.loadLibrary"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    /**
     * Full-text search (codes, titles, clause text, requirements, terms) for the filter text, in the background;
     * the results replace the tree until {@link #clearSearch()}.
     */
    public void search() {
        String query = filter.get() == null ? "" : filter.get().strip();
        if (query.isEmpty()) {
            clearSearch();
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.search", query), progress -> search.search(query, 50))
                .onSuccess(hits -> {
                    loading.set(false);
                    searchResults.setAll(hits);
                    showingResults.set(true);
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(localization.text("error.search"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    public void clearSearch() {
        showingResults.set(false);
        searchResults.clear();
    }

    public ObservableList<SearchHit> searchResults() {
        return searchResults;
    }

    public BooleanProperty showingResultsProperty() {
        return showingResults;
    }

    /** How a search result reads in the list: where it is, then what it is. */
    public String describe(SearchHit hit) {
        String where = hit.edition().isEmpty() ? hit.standardCode() : hit.standardCode() + "@" + hit.edition();
        return where + "  " + localization.text("search.kind." + hit.kind().name()) + "  " + hit.title();
    }

    private void rebuild() {
        Locale locale = localization.locale();
        LibrarySnapshot data = snapshot.get();
        String query = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<NavigatorNode> top = grouping.get() == Grouping.COMMITTEE
                ? byCommittee(data, query, locale)
                : byFramework(data, query, locale);
        String selectedCode = selected.get() == null ? null : selected.get().code();
        root.set(new NavigatorNode(NavigatorNode.Kind.ROOT, "", localization.text("navigator.standards"), "", top));
        selected.set(selectedCode == null ? null : find(root.get(), selected.get() == null ? null : selected.get().kind(), selectedCode));
    }

    private List<NavigatorNode> byFramework(LibrarySnapshot data, String query, Locale locale) {
        List<NavigatorNode> top = frameworkChildren(null, data, query, locale);
        List<NavigatorNode> unplaced = standardNodes(data.standards().stream()
                .filter(s -> s.frameworkCode() == null || data.frameworkNode(s.frameworkCode()).isEmpty()).toList(), query, locale);
        if (!unplaced.isEmpty()) {
            top = new ArrayList<>(top);
            top.add(new NavigatorNode(NavigatorNode.Kind.UNPLACED, "", localization.text("navigator.unplaced"), "", unplaced));
        }
        return top;
    }

    private List<NavigatorNode> frameworkChildren(String parent, LibrarySnapshot data, String query, Locale locale) {
        List<NavigatorNode> nodes = new ArrayList<>();
        for (FrameworkNode node : data.framework()) {
            boolean child = parent == null ? node.parentCode() == null : parent.equals(node.parentCode());
            if (!child) {
                continue;
            }
            List<NavigatorNode> children = new ArrayList<>(frameworkChildren(node.code(), data, query, locale));
            children.addAll(standardNodes(data.standardsOfFrameworkNode(node.code()), query, locale));
            if (query.isEmpty() || !children.isEmpty()) {
                nodes.add(new NavigatorNode(NavigatorNode.Kind.FRAMEWORK_NODE, node.code(),
                        node.code() + "  " + node.name().in(locale), "", children));
            }
        }
        return nodes;
    }

    private List<NavigatorNode> byCommittee(LibrarySnapshot data, String query, Locale locale) {
        List<NavigatorNode> nodes = new ArrayList<>();
        for (Committee committee : data.committees()) {
            List<NavigatorNode> standards = standardNodes(data.standardsOfCommittee(committee.code()), query, locale);
            if (query.isEmpty() || !standards.isEmpty()) {
                nodes.add(new NavigatorNode(NavigatorNode.Kind.COMMITTEE, committee.code(),
                        committee.code() + "  " + committee.name().in(locale), "", standards));
            }
        }
        return nodes;
    }

    private static List<NavigatorNode> standardNodes(List<Standard> standards, String query, Locale locale) {
        return standards.stream()
                .filter(s -> matches(s, query))
                .map(s -> new NavigatorNode(NavigatorNode.Kind.STANDARD, s.code(), s.code() + "  " + s.title().in(locale),
                        s.currentEdition().map(e -> e.stage().code()).orElse(""), List.of()))
                .toList();
    }

    private static boolean matches(Standard standard, String query) {
        if (query.isEmpty()) {
            return true;
        }
        return contains(standard.code(), query) || contains(standard.title().en(), query) || contains(standard.title().zh(), query);
    }

    private static boolean contains(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query);
    }

    private static NavigatorNode find(NavigatorNode node, NavigatorNode.Kind kind, String code) {
        if (node.kind() == kind && node.code().equals(code)) {
            return node;
        }
        for (NavigatorNode child : node.children()) {
            NavigatorNode found = find(child, kind, code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public ObjectProperty<LibrarySnapshot> snapshotProperty() {
        return snapshot;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<NavigatorNode> rootProperty() {
        return root;
    }

    public ObjectProperty<NavigatorNode> selectedProperty() {
        return selected;
    }

    /** Whether the selection is a standard (what opening, or showing in the link graph, needs). */
    public javafx.beans.binding.BooleanBinding standardSelected() {
        return standardSelected;
    }

    /**
     * Selects a standard chosen elsewhere (in the link graph): its entry in the tree, or, while the filter hides it,
     * an entry made for it. Codes the library does not hold (documents outside it) leave the selection alone.
     */
    public void selectStandard(String code) {
        if (selected.get() != null && selected.get().isStandard() && selected.get().code().equals(code)) {
            return;
        }
        NavigatorNode node = find(root.get(), NavigatorNode.Kind.STANDARD, code);
        if (node == null) {
            node = snapshot.get().standard(code).map(s -> standardNodes(List.of(s), "", localization.locale()).get(0))
                    .orElse(null);
        }
        if (node != null) {
            selected.set(node);
        }
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
