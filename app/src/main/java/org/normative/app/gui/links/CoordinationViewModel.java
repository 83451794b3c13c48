package org.normative.app.gui.links;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.normative.standards.library.Committee;
import org.normative.standards.library.LibraryService;
import org.normative.standards.links.CoordinationList;
import org.normative.standards.links.Link;
import org.normative.standards.links.LinkGraphData;
import org.normative.standards.links.LinkService;

/**
 * A committee's coordination list: suspect links by which other committees' changes touch its standards, and by
 * which its changes touch theirs. Marking an item reviewed records the review (audited) in the background and takes
 * the item off the list.
 */
public final class CoordinationViewModel implements TabModel {

    /** What was read for one committee: its list and the notes of the links on it. */
    private record Loaded(CoordinationList list, Map<Long, String> notes) {
    }

    private final LinkService links;
    private final LibraryService library;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onReviewed;

    private final ObservableList<Committee> committees = FXCollections.observableArrayList();
    private final StringProperty committee = new SimpleStringProperty();
    private final ObservableList<CoordinationEntry> toReview = FXCollections.observableArrayList();
    private final ObservableList<CoordinationEntry> awaitingOthers = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Loaded shown;

    /** {@code onReviewed} runs after each review, so that other views can show the link is no longer suspect. */
    public CoordinationViewModel(LinkService links, LibraryService library, Localization localization,
                                 TaskExecutor executor, DialogService dialogs, Runnable onReviewed) {
        this.links = links;
        this.library = library;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onReviewed = onReviewed;
        committee.addListener((o, a, b) -> load());
        localization.localeProperty().addListener((o, a, b) -> showEntries());
    }

    @Override
    public String tabKey() {
        return "coordination";
    }

    @Override
    public String tabTitle() {
        return localization.text("coordination.title");
    }

    /** Reads the committees (the first is chosen if none is) and the list of the chosen one. */
    public void reload() {
        BackgroundTask.wrap(localization.text("task.loadLibrary"), progress -> library.committees())
                .onSuccess(loaded -> {
                    committees.setAll(loaded);
                    if (committee.get() == null && !loaded.isEmpty()) {
                        committee.set(loaded.get(0).code()); // loads through the listener
                    } else {
                        load();
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void load() {
        String code = committee.get();
        toReview.clear();
        awaitingOthers.clear();
        if (code == null) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.coordination", code), progress -> {
                    LinkGraphData data = links.snapshot();
                    Map<Long, String> notes = data.links().stream().filter(l -> !l.derived() && l.note() != null)
                            .collect(Collectors.toMap(Link::id, Link::note, (a, b) -> a));
                    return new Loaded(CoordinationList.of(data, code), notes);
                })
                .onSuccess(loaded -> {
                    if (code.equals(committee.get())) {
                        loading.set(false);
                        shown = loaded;
                        showEntries();
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void showEntries() {
        if (shown == null) {
            return;
        }
        toReview.setAll(entries(shown.list().toReview(), "coordination.why.toReview"));
        awaitingOthers.setAll(entries(shown.list().awaitingOthers(), "coordination.why.awaiting"));
    }

    private List<CoordinationEntry> entries(List<CoordinationList.Item> items, String whyKey) {
        return items.stream().map(item -> new CoordinationEntry(item.linkId(),
                localization.text("coordination.path", item.source(), item.target(),
                        localization.text("link.type." + item.type().name())),
                localization.text(whyKey, item.otherCommittee(), item.source(), item.target()),
                shown.notes().getOrDefault(item.linkId(), ""))).toList();
    }

    /** Records that someone looked at the link again (audited), then takes it off the list. */
    public void markReviewed(CoordinationEntry entry) {
        BackgroundTask.wrap(localization.text("task.review", entry.path()), progress -> {
                    links.review(entry.linkId());
                    return entry;
                })
                .onSuccess(done -> {
                    forget(done.linkId());
                    onReviewed.run();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void forget(long linkId) {
        toReview.removeIf(e -> e.linkId() == linkId);
        awaitingOthers.removeIf(e -> e.linkId() == linkId);
        if (shown != null) {
            CoordinationList list = shown.list();
            shown = new Loaded(new CoordinationList(list.committee(),
                    list.toReview().stream().filter(i -> i.linkId() != linkId).toList(),
                    list.awaitingOthers().stream().filter(i -> i.linkId() != linkId).toList()), shown.notes());
        }
    }

    private void failed(Exception error) {
        loading.set(false);
        dialogs.showError(localization.text("error.coordination"), localization.describe(error), error);
    }

    public ObservableList<Committee> committees() {
        return committees;
    }

    /** The code of the chosen committee. */
    public StringProperty committeeProperty() {
        return committee;
    }

    public ObservableList<CoordinationEntry> toReview() {
        return toReview;
    }

    public ObservableList<CoordinationEntry> awaitingOthers() {
        return awaitingOthers;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** How a committee reads in the chooser: its code and name in the current language. */
    public String describe(Committee committee) {
        return committee == null ? "" : committee.code() + "  " + committee.name().in(localization.locale());
    }
}
