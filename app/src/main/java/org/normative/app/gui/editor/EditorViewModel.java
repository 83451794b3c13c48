package org.normative.app.gui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.standards.check.CheckReport;
import org.normative.standards.check.EditorialChecker;
import org.normative.standards.check.Finding;
import org.normative.standards.check.InMemoryReferenceResolver;
import org.normative.standards.editing.ContentConflictException;
import org.normative.standards.editing.EditionDraft;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.Clause;
import org.normative.standards.library.ContentFingerprint;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Standard;
import org.normative.standards.obligation.Match;
import org.normative.standards.obligation.ObligationDetector;

/**
 * A draft edition open for editing: the clause outline, the selected clause's heading, text and requirements, the
 * terms and references, undo and redo, the editorial checks and saving. The draft ({@link EditionDraft}) lives here
 * and survives the view being rebuilt (a language switch). Typing goes into {@link #headingProperty()} and
 * {@link #bodyProperty()} and becomes one step of the draft when the clause is left, another action runs or the
 * edition is saved; the text area keeps its own undo for the keystrokes in between.
 *
 * <p>Loading, saving and checking run in the background. A save that finds the edition saved by someone else since
 * it was loaded writes nothing and shows their version beside ours ({@link #conflictProperty()}) until the user
 * keeps ours or takes theirs.
 */
public final class EditorViewModel implements TabModel {

    private final Standard standard;
    private final Edition edition;
    private final EditionRef ref;
    private final EditionService editions;
    private final LibraryService library;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onSaved;
    private final ObligationDetector detector = new ObligationDetector();

    private EditionDraft draft;
    private final ObjectProperty<EditionContent> content = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedKey = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<Requirement> requirements = FXCollections.observableArrayList();
    private final ObservableList<Finding> problems = FXCollections.observableArrayList();
    private final StringProperty newStatement = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Obligation> newObligation = new ReadOnlyObjectWrapper<>(Obligation.NONE);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<EditionContent> conflict = new ReadOnlyObjectWrapper<>();
    private boolean showingSelection;

    public EditorViewModel(Standard standard, Edition edition, EditionService editions, LibraryService library,
                           Localization localization, TaskExecutor executor, DialogService dialogs, Runnable onSaved) {
        this.standard = standard;
        this.edition = edition;
        this.ref = new EditionRef(standard.code(), edition.label());
        this.editions = editions;
        this.library = library;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        newStatement.addListener((o, a, text) -> newObligation.set(detector.detect(text).obligation()));
        selectedKey.addListener((o, previous, key) -> {
            commitText(previous);
            showSelection();
        });
        load();
    }

    @Override
    public String tabKey() {
        return "edit-" + standard.code() + "@" + edition.label();
    }

    @Override
    public String tabTitle() {
        return localization.text("editor.tab", standard.code(), edition.label()) + (dirty.get() ? " *" : "");
    }

    public String code() {
        return standard.code();
    }

    public Edition edition() {
        return edition;
    }

    public String titleText() {
        return standard.title().in(localization.locale());
    }

    public ObjectProperty<EditionContent> contentProperty() {
        return content;
    }

    public ObjectProperty<String> selectedKeyProperty() {
        return selectedKey;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObservableList<Requirement> requirements() {
        return requirements;
    }

    public ObservableList<Finding> problems() {
        return problems;
    }

    public StringProperty newStatementProperty() {
        return newStatement;
    }

    /** The obligation of the requirement being typed, read as it is typed. */
    public ReadOnlyObjectProperty<Obligation> newObligationProperty() {
        return newObligation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Their version, while a save has found one; null otherwise. */
    public ReadOnlyObjectProperty<EditionContent> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The verbal forms (and the forms that only earn a warning, such as "must") in a text, for highlighting. */
    public List<Match> verbalForms(String text) {
        return detector.findAll(text);
    }

    public String describe(Obligation obligation) {
        return localization.text("obligation." + obligation.name());
    }

    public boolean hasProblems(String clauseKey) {
        return problems.stream().anyMatch(f -> clauseKey.equals(f.location().clause()));
    }

    public String describe(Finding finding) {
        Locale locale = localization.locale();
        return finding.severity().name() + "  " + finding.location().describe(locale) + "  " + finding.message(locale);
    }

    // ---- clauses

    public void select(String key) {
        selectedKey.set(key);
    }

    public void addClause(boolean asChild) {
        edit(() -> selectedKey.set(draft.addClause(selectedKey.get(), asChild, localization.text("editor.newClause"))));
    }

    public void removeSelected() {
        String key = selectedKey.get();
        if (key != null) {
            edit(() -> {
                selectedKey.set(null);
                draft.removeClause(key);
            });
        }
    }

    public void moveUp() {
        structural(draft::moveUp);
    }

    public void moveDown() {
        structural(draft::moveDown);
    }

    public void indent() {
        structural(draft::indent);
    }

    public void outdent() {
        structural(draft::outdent);
    }

    /** A drag and drop in the outline: the clause becomes child {@code index} of {@code parentKey} (null: top level). */
    public boolean moveTo(String key, String parentKey, int index) {
        if (draft == null) {
            return false;
        }
        commitText(selectedKey.get());
        boolean moved = draft.moveTo(key, parentKey, index);
        refresh();
        return moved;
    }

    private void structural(java.util.function.Predicate<String> move) {
        String key = selectedKey.get();
        if (key != null) {
            edit(() -> move.test(key));
        }
    }

    // ---- requirements, terms, references

    /** Adds the statement being typed as a requirement of the selected clause. */
    public void addRequirement() {
        String statement = newStatement.get() == null ? "" : newStatement.get().strip();
        if (selectedKey.get() == null || statement.isEmpty()) {
            return;
        }
        edit(() -> draft.addRequirement(selectedKey.get(), statement, null));
        newStatement.set("");
    }

    public void editRequirement(String id, String statement, String requirementClass) {
        edit(() -> draft.editRequirement(id, statement, requirementClass));
    }

    public void removeRequirement(String id) {
        edit(() -> draft.removeRequirement(id));
    }

    public void addTerm(String term, String definition, String source) {
        if (term != null && !term.isBlank()) {
            edit(() -> draft.addTerm(term.strip(), definition, source));
        }
    }

    public void removeTerm(String key) {
        edit(() -> draft.removeTerm(key));
    }

    /** Adds a reference to a standard of the library (or any code typed); false when it is there already. */
    public boolean addReference(String code, String referencedEdition, String title, boolean normative) {
        if (draft == null || code == null || code.isBlank()) {
            return false;
        }
        commitText(selectedKey.get());
        boolean added = draft.addReference(code.strip(), referencedEdition, title, normative).isPresent();
        refresh();
        return added;
    }

    public void removeReference(String key) {
        edit(() -> draft.removeReference(key));
    }

    /** Library standards whose code or title holds the query: what the reference picker offers. */
    public List<Standard> referenceCandidates(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        try {
            return library.standards().stream()
                    .filter(s -> !s.code().equals(standard.code()))
                    .filter(s -> q.isEmpty() || s.code().toLowerCase(Locale.ROOT).contains(q)
                            || s.title().in(Locale.ENGLISH).toLowerCase(Locale.ROOT).contains(q) || s.title().in(Locale.CHINESE).contains(q))
                    .limit(50).toList();
        } catch (org.normative.standards.StandardsException e) {
            dialogs.showError(localization.text("error.title"), localization.describe(e), e);
            return List.of();
        }
    }

    // ---- undo, save, check

    public void undo() {
        if (draft != null) {
            commitText(selectedKey.get());
            draft.undo();
            refresh();
        }
    }

    public void redo() {
        if (draft != null) {
            commitText(selectedKey.get());
            draft.redo();
            refresh();
        }
    }

    public void save() {
        if (draft == null) {
            return;
        }
        commitText(selectedKey.get());
        EditionContent mine = draft.content();
        store(draft.baseFingerprint(), mine);
    }

    /** After a conflict: saves ours over theirs, which the user has seen. */
    public void keepMine() {
        EditionContent theirs = conflict.get();
        if (theirs != null) {
            commitText(selectedKey.get());
            store(ContentFingerprint.of(theirs), draft.content());
        }
    }

    /** After a conflict: takes theirs; ours stays one undo away. */
    public void takeTheirs() {
        EditionContent theirs = conflict.get();
        if (theirs != null) {
            commitText(selectedKey.get());
            draft.adopt(theirs);
            conflict.set(null);
            refresh();
            check();
        }
    }

    /** Runs the editorial checks on the draft as it stands, in the background. */
    public void check() {
        if (draft == null) {
            return;
        }
        commitText(selectedKey.get());
        EditionContent checked = draft.content();
        BackgroundTask.wrap(localization.text("task.checkEdition", ref.toString()), progress -> {
                    EditorialChecker checker = new EditorialChecker(detector, InMemoryReferenceResolver.ofStandards(library.standards()));
                    return checker.check(standard.code(), edition.label(), edition.stage(), checked);
                })
                .onSuccess((CheckReport report) -> problems.setAll(report.findings()))
                .onFailure(this::showError)
                .executeWith(executor);
    }

    private void store(String expectedFingerprint, EditionContent mine) {
        busy.set(true);
        BackgroundTask.wrap(localization.text("task.saveEdition", ref.toString()), progress -> {
                    editions.saveContent(ref, expectedFingerprint, mine);
                    return mine;
                })
                .onSuccess(saved -> {
                    busy.set(false);
                    conflict.set(null);
                    draft.markSaved(saved);
                    refresh();
                    check();
                    onSaved.run();
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof ContentConflictException conflicting) {
                        conflict.set(conflicting.stored());
                    } else {
                        showError(error);
                    }
                })
                .executeWith(executor);
    }

    private void load() {
        busy.set(true);
        BackgroundTask.wrap(localization.text("task.loadEdition", standard.code(), edition.label()), progress -> editions.content(ref))
                .onSuccess(loaded -> {
                    busy.set(false);
                    draft = new EditionDraft(standard.code(), loaded, detector);
                    refresh();
                    List<Clause> clauses = draft.content().clauses();
                    selectedKey.set(clauses.isEmpty() ? null : clauses.get(0).key());
                    check();
                })
                .onFailure(error -> {
                    busy.set(false);
                    showError(error);
                })
                .executeWith(executor);
    }

    /** Runs one change of the draft, after the text typed so far became a step of its own. */
    private void edit(Runnable change) {
        if (draft == null) {
            return;
        }
        commitText(selectedKey.get());
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            showError(e);
        }
        refresh();
    }

    /** The heading and text typed for a clause become a step of the draft (if they changed it). */
    private void commitText(String key) {
        if (draft == null || key == null || showingSelection || draft.content().clause(key).isEmpty()) {
            return;
        }
        Clause clause = draft.clause(key);
        String h = Objects.requireNonNullElse(heading.get(), "");
        String b = Objects.requireNonNullElse(body.get(), "");
        if (!h.equals(clause.heading()) || !b.equals(clause.body())) {
            String renamed = draft.editClause(key, h, b);
            if (!renamed.equals(key) && key.equals(selectedKey.get())) {
                showingSelection = true; // the same clause under its new key: nothing to commit or reload
                try {
                    selectedKey.set(renamed);
                } finally {
                    showingSelection = false;
                }
            }
            refresh();
        }
    }

    private void refresh() {
        content.set(draft.content());
        dirty.set(draft.isDirty());
        canUndo.set(draft.canUndo());
        canRedo.set(draft.canRedo());
        if (selectedKey.get() != null && draft.content().clause(selectedKey.get()).isEmpty()) {
            selectedKey.set(null);
        }
        showSelection();
    }

    private void showSelection() {
        String key = selectedKey.get();
        showingSelection = true;
        try {
            Clause clause = key == null || draft == null ? null : draft.content().clause(key).orElse(null);
            heading.set(clause == null ? "" : clause.heading());
            body.set(clause == null ? "" : clause.body());
            requirements.setAll(clause == null ? List.of() : draft.content().requirementsOf(key));
        } finally {
            showingSelection = false;
        }
    }

    private void showError(Exception error) {
        dialogs.showError(localization.text("error.title"), localization.describe(error), error);
    }
}
