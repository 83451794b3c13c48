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
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Standard;

/**
 * A standard opened in a tab, read-only: its editions, and the clause tree of the chosen edition (read in the
 * background). The reader shows the selected clause with its subclauses, or the whole edition.
 */
public final class StandardViewModel implements TabModel {

    private final Standard standard;
    private final LibraryService library;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final java.util.function.BiConsumer<Edition, Clause> onReview;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper editionSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ObjectProperty<Edition> selectedEdition = new SimpleObjectProperty<>();
    private final ObservableList<Clause> clauses = FXCollections.observableArrayList();
    private final ObjectProperty<Clause> selectedClause = new SimpleObjectProperty<>();
    private final ObservableList<ReaderBlock> reader = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private String pendingClauseNumber;

    /** {@code onReview} opens the review of an edition, with the clause selected here (may be null). */
    public StandardViewModel(Standard standard, LibraryService library, Localization localization,
                             TaskExecutor executor, DialogService dialogs,
                             java.util.function.BiConsumer<Edition, Clause> onReview) {
        this.standard = standard;
        this.library = library;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onReview = onReview;
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

    /** Opens the review (comments and ballot) of the chosen edition. */
    public void openReview() {
        if (selectedEdition.get() != null) {
            onReview.accept(selectedEdition.get(), selectedClause.get());
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

    private void loadClauses(Edition edition) {
        selectedClause.set(null);
        clauses.clear();
        refreshTexts();
        if (edition == null) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.loadEdition", standard.code(), edition.label()),
                        progress -> library.clauses(edition))
                .onSuccess(loaded -> {
                    loading.set(false);
                    if (edition.equals(selectedEdition.get())) {
                        clauses.setAll(loaded);
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
