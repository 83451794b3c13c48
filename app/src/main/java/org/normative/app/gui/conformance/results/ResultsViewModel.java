package org.normative.app.gui.conformance.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.conformance.ReportExport;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.app.gui.conformance.Workbench;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;
import org.normative.conformance.workspace.ConformanceWorkspace;

/**
 * The results of one run in a tab: the verdict, and the tree class -> test case -> findings, filtered by verdict and
 * searched. The requirements behind the selected test case come with their clauses (one click opens the standard
 * there); a finding opens in the evidence viewer; the report is exported in the background.
 */
public final class ResultsViewModel implements TabModel {

    /** The run with the evaluator's decisions applied, and the clauses of the requirements its test cases verify. */
    private record Loaded(RunRecord run, Map<String, RequirementDirectory.Entry> requirements) {
    }

    private final String runId;
    private final String system;
    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Workbench workbench;
    private final BiConsumer<ArtifactRecord, Finding> openEvidence;
    private final Consumer<String> openEvaluator;
    private final ReportExport export;

    private final ObjectProperty<ResultNode> root = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdictFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ResultNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<RequirementRow> requirements = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final StringProperty verdictStyle = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Loaded shown;

    /** {@code system} names the tested system in the tab's title (the run id when empty). */
    public ResultsViewModel(String runId, String system, ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                            DialogService dialogs, Workbench workbench, BiConsumer<ArtifactRecord, Finding> openEvidence,
                            Consumer<String> openEvaluator) {
        this.runId = runId;
        this.system = system;
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.workbench = workbench;
        this.openEvidence = openEvidence;
        this.openEvaluator = openEvaluator;
        this.export = new ReportExport(conformance, localization, executor, dialogs);
        verdictFilter.addListener((o, a, b) -> showTree());
        search.addListener((o, a, b) -> showTree());
        selected.addListener((o, a, b) -> showSelection());
        localization.localeProperty().addListener((o, a, b) -> {
            showTree();
            showSelection();
        });
    }

    public String runId() {
        return runId;
    }

    @Override
    public String tabKey() {
        return "results-" + runId;
    }

    @Override
    public String tabTitle() {
        return localization.text("results.title", system.isBlank() ? runId.substring(0, 8) : system);
    }

    /** Reads the run again (after the evaluator recorded a decision, its verdicts may have changed). */
    public void reload() {
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.loadRun", runId), progress -> {
                    RunRecord run = conformance.assessedRun(runId)
                            .orElseThrow(() -> new ConformanceException("report.noSuchRun", runId));
                    RequirementDirectory directory = conformance.requirements();
                    Map<String, RequirementDirectory.Entry> entries = new LinkedHashMap<>();
                    for (TestCaseResult result : run.results()) {
                        for (String id : result.requirements()) {
                            if (!entries.containsKey(id)) {
                                directory.find(run.suite().standardCode(), run.suite().edition(), id)
                                        .ifPresent(entry -> entries.put(id, entry));
                            }
                        }
                    }
                    return new Loaded(run, entries);
                })
                .onSuccess(loaded -> {
                    loading.set(false);
                    shown = loaded;
                    showTree();
                    showSelection();
                })
                .onFailure(error -> {
                    loading.set(false);
                    dialogs.showError(localization.text("error.results"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    private void showTree() {
        if (shown == null) {
            return;
        }
        RunRecord run = shown.run();
        VerdictText verdicts = new VerdictText(localization);
        heading.set(localization.text("results.heading", run.suite().id(), run.suite().standardCode() + "@" + run.suite().edition(),
                subject(run), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(run.startedAt().atZone(java.time.ZoneId.systemDefault())), run.durationMs()));
        verdict.set(verdicts.of(run.verdict()) + (run.cancelled() ? "  " + localization.text("results.cancelled") : ""));
        verdictStyle.set(VerdictText.styleClass(run.verdict()));
        root.set(ResultTree.of(run, verdictFilter.get(), search.get(), localization.locale(),
                localization.text("results.moreFindings", "%d")));
    }

    private static String subject(RunRecord run) {
        return String.join(" \u00b7 ", List.of(run.subject().organisation(), run.subject().system(), run.subject().version())
                .stream().filter(s -> !s.isBlank()).toList());
    }

    private void showSelection() {
        ResultNode node = selected.get();
        requirements.clear();
        details.set("");
        if (node == null || shown == null || node.testCase() == null) {
            return;
        }
        Optional<TestCaseResult> result = shown.run().result(node.testCase());
        if (result.isEmpty()) {
            return;
        }
        for (String id : result.get().requirements()) {
            RequirementDirectory.Entry entry = shown.requirements().get(id);
            requirements.add(entry == null ? new RequirementRow(id, "", "", "", "")
                    : new RequirementRow(id, entry.clauseNumber(), entry.clauseHeading(), entry.obligation(), entry.statement()));
        }
        details.set(node.finding() != null ? describe(node.finding()) : node.kind() == ResultNode.Kind.NOTE ? node.label()
                : localization.text("results.testCaseDetails", result.get().testCase(), new VerdictText(localization)
                        .of(result.get().verdict()), result.get().findingCount(), result.get().durationMs()));
    }

    private String describe(Finding finding) {
        List<String> lines = new ArrayList<>();
        lines.add(finding.severity() + "  [" + finding.ruleId() + "]");
        lines.add(finding.message());
        lines.add(localization.text("results.where", finding.location().toString()));
        if (finding.actual() != null) {
            lines.add(localization.text("results.actual", finding.actual()));
        }
        if (finding.snippet() != null) {
            lines.add(finding.snippet());
        }
        return String.join("\n", lines);
    }

    /** The verdicts people can filter by; null stands for all. */
    public List<Verdict> filterChoices() {
        List<Verdict> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(Verdict.FAIL, Verdict.ERROR, Verdict.WARNING, Verdict.INCONCLUSIVE, Verdict.NOT_TESTED,
                Verdict.NOT_APPLICABLE, Verdict.PASS));
        return choices;
    }

    public String describeFilter(Verdict choice) {
        return choice == null ? localization.text("results.allVerdicts") : new VerdictText(localization).of(choice);
    }

    /** Opens the standard at the clause of the requirement. */
    public void openRequirement(RequirementRow row) {
        if (shown != null && row != null) {
            workbench.openClause(shown.run().suite().standardCode(), shown.run().suite().edition(),
                    row.clauseNumber().isEmpty() ? null : row.clauseNumber());
        }
    }

    /** Opens the selected finding's artifact at its location. */
    public void openEvidence() {
        ResultNode node = selected.get();
        if (shown == null || node == null || !node.hasEvidence()) {
            return;
        }
        String name = node.finding().location().artifact();
        shown.run().artifacts().stream().filter(a -> a.name().equals(name)).findFirst()
                .ifPresentOrElse(artifact -> openEvidence.accept(artifact, node.finding()),
                        () -> dialogs.showError(localization.text("error.evidence"),
                                localization.text("results.noSuchArtifact", name), null));
    }

    public void export(ReportFormat format) {
        export.export(runId, shown == null ? "" : shown.run().subject().system(), format);
    }

    public void evaluate() {
        openEvaluator.accept(runId);
    }

    public ObjectProperty<ResultNode> rootProperty() {
        return root;
    }

    public ObjectProperty<Verdict> verdictFilterProperty() {
        return verdictFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ResultNode> selectedProperty() {
        return selected;
    }

    public ObservableList<RequirementRow> requirements() {
        return requirements;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public StringProperty verdictStyleProperty() {
        return verdictStyle;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The run as read, for tests and for the tab's title. */
    public Optional<RunRecord> run() {
        return shown == null ? Optional.empty() : Optional.of(shown.run());
    }
}
