package org.normative.app.gui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.navigator.LibrarySnapshot;
import org.normative.app.gui.navigator.NavigatorNode;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.standards.links.ChangeKind;
import org.normative.standards.links.Endpoint;
import org.normative.standards.links.LinkService;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Standard;

/** The properties of whatever is selected in the navigator. */
public final class InspectorViewModel {

    private final Localization localization;
    private final ObjectProperty<LibrarySnapshot> snapshot;
    private final ObjectProperty<NavigatorNode> selection;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> impact = FXCollections.observableArrayList();
    private final LinkService links;
    private final TaskExecutor executor;

    public InspectorViewModel(Localization localization, ObjectProperty<LibrarySnapshot> snapshot,
                              ObjectProperty<NavigatorNode> selection, LinkService links, TaskExecutor executor) {
        this.links = links;
        this.executor = executor;
        this.localization = localization;
        this.snapshot = snapshot;
        this.selection = selection;
        selection.addListener((o, a, b) -> refresh());
        snapshot.addListener((o, a, b) -> refresh());
        localization.localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<InspectorRow> rows() {
        return rows;
    }

    /** What a revision of the selected standard would affect elsewhere: one line per standard, with its path. */
    public ObservableList<String> impact() {
        return impact;
    }

    private void refreshImpact(NavigatorNode node) {
        impact.clear();
        if (node == null || !node.isStandard()) {
            return;
        }
        BackgroundTask.wrap(localization.text("task.impact", node.code()),
                        progress -> links.impact(Endpoint.standard(node.code()), ChangeKind.REVISE))
                .onSuccess(report -> {
                    if (node.equals(selection.get())) {
                        impact.setAll(report.affected().isEmpty() ? List.of(localization.text("inspector.impact.none"))
                                : report.affected().stream().map(a -> localization.text("inspector.impact.line",
                                        a.pathText(), a.committee() == null ? "—" : a.committee())).toList());
                    }
                })
                .onFailure(error -> impact.setAll(localization.describe(error)))
                .executeWith(executor);
    }

    private void refresh() {
        NavigatorNode node = selection.get();
        LibrarySnapshot data = snapshot.get();
        List<InspectorRow> shown = new ArrayList<>();
        String title = localization.text("inspector.nothing");
        if (node != null) {
            switch (node.kind()) {
                case STANDARD -> {
                    Standard standard = data.standard(node.code()).orElse(null);
                    if (standard != null) {
                        title = standard.code();
                        describe(standard, data, shown);
                    }
                }
                case COMMITTEE -> {
                    Committee committee = data.committee(node.code()).orElse(null);
                    if (committee != null) {
                        title = committee.code();
                        describe(committee, data, shown);
                    }
                }
                case FRAMEWORK_NODE -> {
                    FrameworkNode frameworkNode = data.frameworkNode(node.code()).orElse(null);
                    if (frameworkNode != null) {
                        title = frameworkNode.name().in(localization.locale());
                        describe(frameworkNode, data, shown);
                    }
                }
                default -> title = node.label();
            }
        }
        heading.set(title);
        rows.setAll(shown);
        refreshImpact(node);
    }

    private void describe(Standard standard, LibrarySnapshot data, List<InspectorRow> out) {
        Locale locale = localization.locale();
        out.add(row("inspector.code", standard.code()));
        out.add(row("inspector.titleEn", orDash(standard.title().en())));
        out.add(row("inspector.titleZh", orDash(standard.title().zh())));
        out.add(row("inspector.committee", data.committee(standard.committeeCode())
                .map(c -> c.code() + "  " + c.name().in(locale)).orElse(standard.committeeCode())));
        out.add(row("inspector.framework", standard.frameworkCode() == null ? "—" : data.frameworkNode(standard.frameworkCode())
                .map(f -> f.code() + "  " + f.name().in(locale)).orElse(standard.frameworkCode())));
        for (Edition edition : standard.editions()) {
            out.add(new InspectorRow(localization.text("inspector.edition", edition.label()), edition.stage().label(locale)));
        }
    }

    private void describe(Committee committee, LibrarySnapshot data, List<InspectorRow> out) {
        out.add(row("inspector.code", committee.code()));
        out.add(row("inspector.nameEn", orDash(committee.name().en())));
        out.add(row("inspector.nameZh", orDash(committee.name().zh())));
        out.add(row("inspector.domain", orDash(committee.domain())));
        for (org.normative.standards.library.Member member : committee.members()) {
            out.add(new InspectorRow(localization.text("inspector.role." + member.role().name()),
                    member.person() + (member.organisation() == null ? "" : " (" + member.organisation() + ")")));
        }
        if (!committee.liaisons().isEmpty()) {
            out.add(row("inspector.liaisons", String.join(", ", committee.liaisons())));
        }
        out.add(row("inspector.standards", data.standardsOfCommittee(committee.code()).stream()
                .map(Standard::code).collect(Collectors.joining(", "))));
    }

    private void describe(FrameworkNode node, LibrarySnapshot data, List<InspectorRow> out) {
        out.add(row("inspector.code", node.code()));
        out.add(row("inspector.nameEn", orDash(node.name().en())));
        out.add(row("inspector.nameZh", orDash(node.name().zh())));
        List<Standard> standards = data.standardsUnderFrameworkNode(node.code());
        out.add(row("inspector.coverage", standards.isEmpty()
                ? localization.text("inspector.coverage.none")
                : localization.text("inspector.coverage.some", standards.size())));
    }

    private InspectorRow row(String key, String value) {
        return new InspectorRow(localization.text(key), value);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
