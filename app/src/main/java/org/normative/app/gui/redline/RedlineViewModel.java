package org.normative.app.gui.redline;

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
import org.normative.standards.diff.Change;
import org.normative.standards.diff.EditionDiff;
import org.normative.standards.diff.EditionDiffer;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Standard;

/**
 * The redline between two editions of a standard: every change at clause, requirement, term and reference level
 * with word-level marks, the significant ones (a changed obligation, an added or removed requirement) called out
 * and optionally alone. Both editions are read and compared in the background whenever either is chosen.
 */
public final class RedlineViewModel implements TabModel {

    private final Standard standard;
    private final EditionService editions;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final EditionDiffer differ = new EditionDiffer();

    private final ObjectProperty<Edition> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Edition> to = new SimpleObjectProperty<>();
    private final BooleanProperty inline = new SimpleBooleanProperty(false);
    private final BooleanProperty significantOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private EditionDiff diff;

    public RedlineViewModel(Standard standard, Edition before, Edition after, EditionService editions, Localization localization,
                            TaskExecutor executor, DialogService dialogs) {
        this.standard = standard;
        this.editions = editions;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        from.set(before);
        to.set(after);
        from.addListener((o, a, b) -> compare());
        to.addListener((o, a, b) -> compare());
        significantOnly.addListener((o, a, b) -> show());
        localization.localeProperty().addListener((o, a, b) -> show());
        compare();
    }

    @Override
    public String tabKey() {
        return "redline-" + standard.code();
    }

    @Override
    public String tabTitle() {
        return localization.text("redline.tab", standard.code());
    }

    public String code() {
        return standard.code();
    }

    public List<Edition> editions() {
        return standard.editions();
    }

    public ObjectProperty<Edition> fromProperty() {
        return from;
    }

    public ObjectProperty<Edition> toProperty() {
        return to;
    }

    /** True: one column with deletions struck through and insertions underlined; false: the two texts side by side. */
    public BooleanProperty inlineProperty() {
        return inline;
    }

    public BooleanProperty significantOnlyProperty() {
        return significantOnly;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String describe(Edition edition) {
        return edition == null ? "" : edition.label() + " · " + edition.stage().label(localization.locale());
    }

    /** "Clause changed", "Requirement added"...: what a change is, in the reader's language. */
    public String kind(Change change) {
        return localization.text("redline.subject." + change.subject().name()) + " · "
                + localization.text("redline.type." + change.type().name());
    }

    public List<String> details(Change change) {
        return change.details(localization.locale());
    }

    public Locale locale() {
        return localization.locale();
    }

    private void compare() {
        Edition before = from.get();
        Edition after = to.get();
        if (before == null || after == null) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.compare", standard.code(), before.label(), after.label()), progress ->
                        differ.diff(editions.content(new EditionRef(standard.code(), before.label())),
                                editions.content(new EditionRef(standard.code(), after.label()))))
                .onSuccess(result -> {
                    loading.set(false);
                    if (before.equals(from.get()) && after.equals(to.get())) {
                        diff = result;
                        show();
                    }
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(localization.text("error.title"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    private void show() {
        if (diff == null) {
            return;
        }
        changes.setAll(significantOnly.get() ? diff.significantChanges() : diff.changes());
        summary.set(diff.isEmpty() ? localization.text("redline.none")
                : localization.text("redline.summary", diff.changes().size(), diff.significantCount()));
    }
}
