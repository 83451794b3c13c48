package org.normative.app.gui.links;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
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
import org.normative.standards.library.Committee;
import org.normative.standards.library.LibraryService;
import org.normative.standards.links.LinkChecker;
import org.normative.standards.links.LinkGraphData;
import org.normative.standards.links.LinkService;
import org.normative.standards.links.LinkType;

/**
 * The link graph: standards as nodes coloured by committee, links as edges styled by type, suspect links marked,
 * filtered by committee and by link type. Reading the links and laying them out both run in the background; a
 * layout that a newer one overtook is dropped. The selection is a standard's code, kept in step with the navigator
 * by the main window, so the inspector (and its impact list) follows clicks in the graph.
 */
public final class LinkGraphViewModel implements TabModel {

    private final LinkService links;
    private final LibraryService library;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<GraphFilter> committeeFilters = FXCollections.observableArrayList();
    private final ObservableList<GraphFilter> typeFilters = FXCollections.observableArrayList();
    private final ObjectProperty<GraphPicture> picture = new SimpleObjectProperty<>(GraphPicture.EMPTY);
    private final StringProperty selected = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private GraphContent content = GraphContent.EMPTY;
    private long layouts;

    public LinkGraphViewModel(LinkService links, LibraryService library, Localization localization,
                              TaskExecutor executor, DialogService dialogs) {
        this.links = links;
        this.library = library;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        localization.localeProperty().addListener((o, a, b) -> showContent());
    }

    @Override
    public String tabKey() {
        return "link-graph";
    }

    @Override
    public String tabTitle() {
        return localization.text("graph.title");
    }

    /** Reads the links, runs the link check (for suspect links) and lays out the graph, in the background. */
    public void reload() {
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.linkGraph"), progress -> {
                    LinkGraphData data = links.snapshot();
                    List<Committee> committees = library.committees();
                    return new GraphContent(data, LinkChecker.check(data), committees);
                })
                .onSuccess(loaded -> {
                    content = loaded;
                    showContent();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Filters for the content in the current language, keeping what people had unchecked; then a new layout. */
    private void showContent() {
        Map<String, Boolean> before = new HashMap<>();
        committeeFilters.forEach(f -> before.put("c:" + f.key(), f.isShown()));
        typeFilters.forEach(f -> before.put("t:" + f.key(), f.isShown()));
        Locale locale = localization.locale();
        List<GraphFilter> committees = new java.util.ArrayList<>(content.committees().stream()
                .map(c -> new GraphFilter(c.code(), c.code(), c.code() + "  " + c.name().in(locale), content.colourClass(c.code()),
                        before.getOrDefault("c:" + c.code(), true)))
                .toList());
        if (content.hasOutside()) {
            // documents outside the library would crowd the top layer; people switch them on when they want them
            committees.add(new GraphFilter(GraphContent.OUTSIDE, localization.text("graph.outside"), localization.text("graph.outside"),
                    content.colourClass(GraphContent.OUTSIDE), before.getOrDefault("c:", false)));
        }
        List<GraphFilter> types = java.util.Arrays.stream(LinkType.values())
                .map(t -> new GraphFilter(t.name(), typeName(t), typeName(t), GraphEdge.styleClassOf(t), before.getOrDefault("t:" + t.name(), true)))
                .toList();
        committees.forEach(f -> f.shownProperty().addListener((o, a, b) -> relayout()));
        types.forEach(f -> f.shownProperty().addListener((o, a, b) -> relayout()));
        committeeFilters.setAll(committees);
        typeFilters.setAll(types);
        relayout();
    }

    private void relayout() {
        long layout = ++layouts;
        Set<String> shownCommittees = committeeFilters.stream().filter(GraphFilter::isShown).map(GraphFilter::key)
                .collect(Collectors.toSet());
        Set<LinkType> shownTypes = typeFilters.stream().filter(GraphFilter::isShown).map(f -> LinkType.valueOf(f.key()))
                .collect(Collectors.toSet());
        Locale locale = localization.locale();
        Map<LinkType, String> names = new EnumMap<>(LinkType.class);
        for (LinkType type : LinkType.values()) {
            names.put(type, typeName(type));
        }
        GraphContent laidOut = content;
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.layoutGraph"),
                        progress -> laidOut.picture(shownCommittees, shownTypes, locale, names::get))
                .onSuccess(drawn -> {
                    if (layout == layouts) {
                        loading.set(false);
                        picture.set(drawn);
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private String typeName(LinkType type) {
        return localization.text("link.type." + type.name());
    }

    private void failed(Exception error) {
        loading.set(false);
        dialogs.showError(localization.text("error.linkGraph"), localization.describe(error), error);
    }

    public ObservableList<GraphFilter> committeeFilters() {
        return committeeFilters;
    }

    public ObservableList<GraphFilter> typeFilters() {
        return typeFilters;
    }

    public ReadOnlyObjectProperty<GraphPicture> pictureProperty() {
        return picture;
    }

    /** The code of the selected standard, or null. */
    public StringProperty selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public void select(String code) {
        selected.set(code);
    }
}
