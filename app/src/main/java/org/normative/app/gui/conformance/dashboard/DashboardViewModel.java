package org.normative.app.gui.conformance.dashboard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunSummary;
import org.normative.conformance.workspace.ConformanceWorkspace;

/**
 * The conformance dashboard: per standard (or all), the runs and their verdicts over time, the requirements that fail
 * most often across submissions, and the history of every run (one opens its results).
 */
public final class DashboardViewModel implements TabModel {

    /** How many failing requirements the dashboard lists. */
    public static final int TOP = 10;

    /** The runs, and their records with the evaluators' decisions applied. */
    private record Loaded(List<RunSummary> runs, List<RunRecord> records) {
    }

    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<RunSummary> openResults;

    private final ObservableList<String> standards = FXCollections.observableArrayList();
    private final StringProperty standard = new SimpleStringProperty();
    private final ObservableList<RunSummary> history = FXCollections.observableArrayList();
    private final ObservableList<DayCount> perDay = FXCollections.observableArrayList();
    private final ObservableList<FailingRequirement> failing = FXCollections.observableArrayList();
    private Loaded shown = new Loaded(List.of(), List.of());

    public DashboardViewModel(ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                              DialogService dialogs, Consumer<RunSummary> openResults) {
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.openResults = openResults;
        standard.addListener((o, a, b) -> showFigures());
    }

    @Override
    public String tabKey() {
        return "conformance-dashboard";
    }

    @Override
    public String tabTitle() {
        return localization.text("dashboard.title");
    }

    public void reload() {
        BackgroundTask.wrap(localization.text("task.dashboard"), progress -> {
                    List<RunSummary> runs = conformance.runs().stream()
                            .sorted(Comparator.comparing(RunSummary::startedAt).reversed()).toList();
                    List<RunRecord> records = new ArrayList<>();
                    for (int i = 0; i < runs.size() && !progress.isCancelled(); i++) {
                        progress.update(i, runs.size(), runs.get(i).runId());
                        conformance.assessedRun(runs.get(i).runId()).ifPresent(records::add);
                    }
                    return new Loaded(runs, records);
                })
                .onSuccess(loaded -> {
                    shown = loaded;
                    String keep = standard.get();
                    List<String> codes = new ArrayList<>();
                    codes.add(null);
                    loaded.runs().stream().map(RunSummary::standardCode).distinct().sorted().forEach(codes::add);
                    standards.setAll(codes);
                    if (keep != null && !codes.contains(keep)) {
                        standard.set(null);
                    } else {
                        showFigures();
                    }
                })
                .onFailure(error -> dialogs.showError(localization.text("error.dashboard"), localization.describe(error), error))
                .executeWith(executor);
    }

    private void showFigures() {
        String code = standard.get();
        List<RunSummary> runs = shown.runs().stream().filter(r -> code == null || r.standardCode().equals(code)).toList();
        history.setAll(runs);
        perDay.setAll(ConformanceStatistics.perDay(runs, ZoneId.systemDefault()));
        failing.setAll(ConformanceStatistics.failingMost(shown.records().stream()
                .filter(r -> code == null || r.suite().standardCode().equals(code)).toList(), TOP));
    }

    public void open(RunSummary run) {
        if (run != null) {
            openResults.accept(run);
        }
    }

    public String describeStandard(String code) {
        return code == null ? localization.text("dashboard.allStandards") : code;
    }

    public String verdict(RunSummary run) {
        return new VerdictText(localization).of(run.verdict());
    }

    public String verdictName(org.normative.conformance.run.OverallVerdict verdict) {
        return new VerdictText(localization).of(verdict);
    }

    public ObservableList<String> standards() {
        return standards;
    }

    public StringProperty standardProperty() {
        return standard;
    }

    public ObservableList<RunSummary> history() {
        return history;
    }

    public ObservableList<DayCount> perDay() {
        return perDay;
    }

    public ObservableList<FailingRequirement> failing() {
        return failing;
    }
}
