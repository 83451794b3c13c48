package org.normative.app.gui.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.export.EditionExport;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.lifecycle.StageTransitions;

/**
 * A standard opened in a tab, read-only: its editions, and the clause tree of the chosen edition (read in the
 * background). The reader shows the selected clause with its subclauses, or the whole edition.
 */
public final class StandardViewModel implements TabModel {

    private Standard standard;
    private final LibraryService library;
    private final EditionService editionService;
    private final StandardActions actions;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper editionSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ObjectProperty<Edition> selectedEdition = new SimpleObjectProperty<>();
    private final ObservableList<Clause> clauses = FXCollections.observableArrayList();
    private final ObjectProperty<Clause> selectedClause = new SimpleObjectProperty<>();
    private final ObservableList<ReaderBlock> reader = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper("");
    private String pendingClauseNumber;

    /** What the standard tab asks of the main window: tabs of their own for the editor and the redline. */
    public interface StandardActions {
        void openEditor(Standard standard, Edition edition);

        void openRedline(Standard standard, Edition from, Edition to);

        /** The review of an edition (comments, dispositions, votes), with the clause selected here (may be null). */
        void openReview(Standard standard, Edition edition, Clause clause);

        /** An edition moved stage or a new one was started: the navigator and other views read the library again. */
        void libraryChanged();
    }

    public StandardViewModel(Standard standard, LibraryService library, EditionService editionService, StandardActions actions,
                             Localization localization, TaskExecutor executor, DialogService dialogs) {
        this.standard = standard;
        this.library = library;
        this.editionService = editionService;
        this.actions = actions;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        editions.setAll(standard.editions());
        selectedEdition.addListener((o, a, b) -> loadClauses(b));
        selectedClause.addListener((o, a, b) -> refreshReader());
        clauses.addListener((javafx.collections.ListChangeListener<Clause>) c -> refreshReader());
        localization.localeProperty().addListener((o, a, b) -> refreshTexts());
        refreshTexts();
        selectedEdition.set(standard.currentEdition().orElse(null));
    }

    public String code() {
        return standard.code();
    }

    @Override
    public String tabKey() {
        return standard.code();
    }

    @Override
    public String tabTitle() {
        return standard.code();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editionSummaryProperty() {
        return editionSummary.getReadOnlyProperty();
    }

    public ObservableList<Edition> editions() {
        return editions;
    }

    public ObjectProperty<Edition> selectedEditionProperty() {
        return selectedEdition;
    }

    public ObservableList<Clause> clauses() {
        return clauses;
    }

    public ObjectProperty<Clause> selectedClauseProperty() {
        return selectedClause;
    }

    public ObservableList<ReaderBlock> reader() {
        return reader;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** "Baseline frozen at the ballot: 3fa9c1e07b2d": the content hash recorded when the edition entered a ballot. */
    public ReadOnlyStringProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** A draft edition can be edited; a published one only revised through a new edition. */
    public boolean canEdit(Edition edition) {
        return edition != null && edition.stage().isDraft();
    }

    /** The stages the selected edition may move to, as the lifecycle allows: only these are offered. */
    public List<Stage> allowedStages() {
        Edition edition = selectedEdition.get();
        return edition == null ? List.of() : StageTransitions.allowedFrom(edition.stage());
    }

    public String describe(Stage stage) {
        return stage.label(localization.locale());
    }

    /** Opens the review (comments and ballot) of the chosen edition. */
    public void openReview() {
        if (selectedEdition.get() != null) {
            actions.openReview(standard, selectedEdition.get(), selectedClause.get());
        }
    }

    public void edit() {
        if (canEdit(selectedEdition.get())) {
            actions.openEditor(standard, selectedEdition.get());
        }
    }

    /** The redline from the edition the selected one revises (or the one before it) to the selected one. */
    public void compare() {
        Edition after = selectedEdition.get();
        if (after == null || editions.size() < 2) {
            return;
        }
        int at = editions.indexOf(after);
        Edition before = editions.stream().filter(e -> e.label().equals(after.revisesLabel())).findFirst()
                .orElse(editions.get(at > 0 ? at - 1 : 1));
        actions.openRedline(standard, before, after);
    }

    /** Moves the selected edition to a stage, after asking: a ballot freezes a baseline, publication dates it. */
    public void moveTo(Stage target) {
        Edition edition = selectedEdition.get();
        if (edition == null || !dialogs.confirm(localization.text("standard.stage.title"),
                localization.text("standard.stage.confirm", standard.code() + "-" + edition.label(), describe(target)))) {
            return;
        }
        EditionRef ref = new EditionRef(standard.code(), edition.label());
        changeLibrary(localization.text("task.moveStage", ref.toString(), target.code()),
                () -> editionService.moveToStage(ref, target), edition.label());
    }

    /** Asks for a label and starts a new edition from the selected one (usually the published edition being revised). */
    public void newEdition() {
        Edition edition = selectedEdition.get();
        if (edition == null) {
            return;
        }
        dialogs.askTexts(localization.text("standard.newEdition"), localization.text("standard.newEdition.header"),
                        List.of(localization.text("standard.newEdition.label")))
                .map(answers -> answers.get(0))
                .filter(label -> !label.isBlank())
                .ifPresent(label -> newEdition(edition, label));
    }

    private void newEdition(Edition edition, String label) {
        EditionRef ref = new EditionRef(standard.code(), edition.label());
        changeLibrary(localization.text("task.newEdition", standard.code(), label.strip()),
                () -> editionService.newEditionFrom(ref, label), label.strip());
    }

    private interface LibraryChange {
        void run() throws org.normative.standards.StandardsException;
    }

    private void changeLibrary(String taskTitle, LibraryChange change, String selectLabel) {
        loading.set(true);
        BackgroundTask.wrap(taskTitle, progress -> {
                    change.run();
                    return library.requireStandard(standard.code());
                })
                .onSuccess(reread -> {
                    loading.set(false);
                    standard = reread;
                    editions.setAll(reread.editions());
                    selectedEdition.set(null);
                    selectedEdition.set(editions.stream().filter(e -> e.label().equals(selectLabel)).findFirst().orElse(null));
                    actions.libraryChanged();
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(localization.text("error.title"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    /** "DG-T_0102-2026.pdf": the code made safe for a file name, and the edition. */
    public String exportFileName(String extension) {
        Edition edition = selectedEdition.get();
        return standard.code().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "")
                + (edition == null ? "" : "-" + edition.label()) + "." + extension;
    }

    /** Asks where, then exports: see {@link #export(EditionExport.Format, java.nio.file.Path)}. */
    public void export(EditionExport.Format format, String extension) {
        if (selectedEdition.get() != null) {
            dialogs.chooseSaveFile(localization.text("standard.export"), exportFileName(extension))
                    .ifPresent(target -> export(format, target));
        }
    }

    /**
     * Writes the selected edition as a document (in the language the app shows) or, for XML, the standard with all its
     * editions, in the background; says where when done.
     */
    public void export(EditionExport.Format format, java.nio.file.Path target) {
        Edition edition = selectedEdition.get();
        if (edition == null) {
            return;
        }
        EditionRef ref = format == EditionExport.Format.XML ? new EditionRef(standard.code(), null)
                : new EditionRef(standard.code(), edition.label());
        BackgroundTask.wrap(localization.text("task.export", ref.toString(), target.getFileName()), progress ->
                        new EditionExport(editionService).export(ref, format, localization.locale(), target))
                .onSuccess(exported -> dialogs.showInformation(localization.text("standard.export"),
                        localization.text("standard.export.done", exported.toString(), target)))
                .onFailure(error -> dialogs.showError(localization.text("error.title"), localization.describe(error), error))
                .executeWith(executor);
    }

    /** The content changed in an editor: read the clauses again if that edition is shown. */
    public void contentSaved(Edition edition) {
        Edition shown = selectedEdition.get();
        if (shown != null && shown.label().equals(edition.label())) {
            loadClauses(shown);
        }
    }

    /** Shows an edition and, once its clauses are read, the clause with the given number (may be null). */
    public void show(String editionLabel, String clauseNumber) {
        pendingClauseNumber = clauseNumber;
        Edition wanted = editions.stream().filter(e -> e.label().equals(editionLabel)).findFirst().orElse(null);
        if (wanted != null && !wanted.equals(selectedEdition.get())) {
            selectedEdition.set(wanted);
        } else {
            selectPendingClause();
        }
    }

    private void selectPendingClause() {
        if (pendingClauseNumber == null || clauses.isEmpty()) {
            return;
        }
        String number = pendingClauseNumber;
        pendingClauseNumber = null;
        clauses.stream().flatMap(StandardViewModel::flatten).filter(c -> c.number().equals(number)).findFirst()
                .ifPresent(selectedClause::set);
    }

    private static java.util.stream.Stream<Clause> flatten(Clause clause) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(clause),
                clause.children().stream().flatMap(StandardViewModel::flatten));
    }

    /** How an edition is named in the edition chooser: "2026 · 40.20 Enquiry ballot". */
    public String describe(Edition edition) {
        return edition == null ? "" : edition.label() + " · " + edition.stage().label(localization.locale());
    }

    private record Loaded(List<Clause> clauses, String baseline) {
    }

    private void loadClauses(Edition edition) {
        selectedClause.set(null);
        clauses.clear();
        baseline.set("");
        refreshTexts();
        if (edition == null) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.loadEdition", standard.code(), edition.label()),
                        progress -> new Loaded(library.clauses(edition),
                                editionService.baseline(new EditionRef(standard.code(), edition.label()))))
                .onSuccess(loaded -> {
                    loading.set(false);
                    if (edition.equals(selectedEdition.get())) {
                        clauses.setAll(loaded.clauses());
                        baseline.set(loaded.baseline() == null ? ""
                                : localization.text("standard.baseline", loaded.baseline().substring(0, 12)));
                        selectPendingClause();
                    }
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(localization.text("error.loadEdition"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    private void refreshTexts() {
        Locale locale = localization.locale();
        title.set(standard.title().in(locale));
        Edition edition = selectedEdition.get();
        if (edition == null) {
            editionSummary.set(localization.text("standard.noEditions"));
            return;
        }
        List<String> parts = new ArrayList<>();
        if (edition.stage().isDraft()) {
            parts.add(localization.text("standard.draft"));
        }
        if (edition.publishedOn() != null) {
            parts.add(localization.text("standard.published", edition.publishedOn()));
        }
        if (edition.implementedOn() != null) {
            parts.add(localization.text("standard.implemented", edition.implementedOn()));
        }
        if (edition.withdrawnOn() != null) {
            parts.add(localization.text("standard.withdrawn", edition.withdrawnOn()));
        }
        if (edition.revisesLabel() != null) {
            parts.add(localization.text("standard.revises", standard.code() + "-" + edition.revisesLabel()));
        }
        editionSummary.set(String.join(" · ", parts));
    }

    private void refreshReader() {
        List<ReaderBlock> blocks = new ArrayList<>();
        Clause clause = selectedClause.get();
        if (clause != null) {
            append(clause, 0, blocks);
        } else {
            clauses.forEach(c -> append(c, 0, blocks));
        }
        reader.setAll(blocks);
    }

    private static void append(Clause clause, int depth, List<ReaderBlock> out) {
        out.add(new ReaderBlock(clause.number(), clause.heading(), clause.body(), depth));
        clause.children().forEach(child -> append(child, depth + 1, out));
    }
}
