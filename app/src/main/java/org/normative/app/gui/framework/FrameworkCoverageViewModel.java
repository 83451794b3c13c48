package org.normative.app.gui.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.standards.LocalizedText;
import org.normative.standards.framework.FrameworkCoverage;
import org.normative.standards.framework.FrameworkService;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Standard;

/**
 * How well the standards-system framework is covered: every node with its standards by stage, the gaps (no published
 * standard) marked, and the top-level nodes for the chart. Nodes can be added and standards placed on them; both are
 * audited by the library, run in the background, and tell the rest of the window that the library changed.
 */
public final class FrameworkCoverageViewModel implements TabModel {

    /** The coverage and the standards that can be placed, read together. */
    private record Loaded(FrameworkCoverage coverage, List<Standard> standards) {
    }

    private final FrameworkService framework;
    private final LibraryService library;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onChanged;

    private final ObservableList<CoverageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> unplaced = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Loaded shown = new Loaded(new FrameworkCoverage(List.of(), List.of()), List.of());

    /** {@code onChanged} runs after an edit, so the navigator can read the library again. */
    public FrameworkCoverageViewModel(FrameworkService framework, LibraryService library, Localization localization,
                                      TaskExecutor executor, DialogService dialogs, Runnable onChanged) {
        this.framework = framework;
        this.library = library;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
        localization.localeProperty().addListener((o, a, b) -> showRows());
    }

    @Override
    public String tabKey() {
        return "framework-coverage";
    }

    @Override
    public String tabTitle() {
        return localization.text("coverage.title");
    }

    public void reload() {
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.coverage"), progress -> new Loaded(framework.coverage(), library.standards()))
                .onSuccess(loaded -> {
                    loading.set(false);
                    shown = loaded;
                    showRows();
                })
                .onFailure(error -> failed("error.coverage", error))
                .executeWith(executor);
    }

    private void showRows() {
        Locale locale = localization.locale();
        rows.setAll(shown.coverage().rows().stream().map(r -> new CoverageRow(r.code(),
                r.code() + "  " + LocalizedText.of(r.nameEn(), r.nameZh()).in(locale), r.depth(), r.published(),
                r.drafts(), r.withdrawn(), r.isGap())).toList());
        unplaced.setAll(shown.coverage().unplaced());
    }

    /** Every node in tree order. */
    public ObservableList<CoverageRow> rows() {
        return rows;
    }

    /** The top-level nodes, for the chart of standards per node by stage. */
    public List<CoverageRow> topLevel() {
        return rows.stream().filter(r -> r.depth() == 0).toList();
    }

    public ObservableList<String> unplaced() {
        return unplaced;
    }

    /** The code of the selected node, or null. */
    public StringProperty selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Asks for the code and names of a new node under the selected one (at the top level when none is selected). */
    public void addNode() {
        String parent = selected.get();
        String where = parent == null ? localization.text("coverage.topLevel") : parent;
        Optional<List<String>> answers = dialogs.askTexts(localization.text("coverage.addNode"),
                localization.text("coverage.addNode.message", where), List.of(localization.text("coverage.nodeCode"),
                        localization.text("coverage.nameEn"), localization.text("coverage.nameZh")));
        if (answers.isEmpty()) {
            return;
        }
        String code = answers.get().get(0).strip();
        String en = answers.get().get(1);
        String zh = answers.get().get(2);
        if (code.isEmpty() || (en.isBlank() && zh.isBlank())) {
            dialogs.showError(localization.text("coverage.addNode"), localization.text("coverage.addNode.incomplete"), null);
            return;
        }
        edit(localization.text("task.addNode", code), () -> framework.addNode(code, parent, LocalizedText.of(en, zh)));
    }

    /** Lets people choose a standard and places it on the node. */
    public void placeStandard(String nodeCode) {
        Locale locale = localization.locale();
        dialogs.choose(localization.text("coverage.place"), localization.text("coverage.place.message", nodeCode),
                        shown.standards(), s -> s.code() + "  " + s.title().in(locale)
                                + (s.frameworkCode() == null ? "" : "  (" + s.frameworkCode() + ")"))
                .ifPresent(standard -> place(standard.code(), nodeCode));
    }

    /** Places a standard on a node (also what dropping a standard from the navigator on a node does). */
    public void place(String standardCode, String nodeCode) {
        edit(localization.text("task.place", standardCode, nodeCode), () -> framework.place(standardCode, nodeCode));
    }

    /** An edit of the framework, in the background; then the coverage and the rest of the window are read again. */
    private void edit(String title, Edit edit) {
        BackgroundTask.wrap(title, progress -> {
                    edit.run();
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    reload();
                    onChanged.run();
                })
                .onFailure(error -> failed("error.editFramework", error))
                .executeWith(executor);
    }

    @FunctionalInterface
    private interface Edit {
        void run() throws Exception;
    }

    private void failed(String key, Exception error) {
        loading.set(false);
        dialogs.showError(localization.text(key), localization.describe(error), error);
    }
}
