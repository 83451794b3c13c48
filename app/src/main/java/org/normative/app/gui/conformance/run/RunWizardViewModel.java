package org.normative.app.gui.conformance.run;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestCaseResult;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;
import org.normative.conformance.submission.Submission;
import org.normative.conformance.suite.ConformanceClass;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.workspace.ConformanceWorkspace;

/**
 * The run wizard: standard edition, then a suite of it, the classes to claim, a submission and which of its
 * artifacts, then the run, in the background, with each test case's state shown as it changes and a cancel that
 * stops the run at the next test case (what ran is kept). The finished run is saved and its results opened.
 */
public final class RunWizardViewModel implements TabModel {

    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<RunRecord> openResults;

    private final ObservableList<String> editions = FXCollections.observableArrayList();
    private final StringProperty edition = new SimpleStringProperty();
    private final ObservableList<InstalledSuite> suites = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledSuite> suite = new SimpleObjectProperty<>();
    private final ObservableList<Choice<String>> classes = FXCollections.observableArrayList();
    private final ObservableList<Submission> submissions = FXCollections.observableArrayList();
    private final ObjectProperty<Submission> submission = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Artifact>> artifacts = FXCollections.observableArrayList();
    private final ObservableList<TestCaseProgress> progress = FXCollections.observableArrayList();
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanBinding canRun;
    private List<InstalledSuite> allSuites = List.of();
    private LoadedSuite loaded;
    private RunControl control;

    /** {@code openResults} gets each finished (saved) run. */
    public RunWizardViewModel(ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                              DialogService dialogs, Consumer<RunRecord> openResults) {
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.openResults = openResults;
        edition.addListener((o, a, b) -> showSuites());
        suite.addListener((o, a, b) -> loadSuite(b));
        submission.addListener((o, a, b) -> showArtifacts(b));
        canRun = Bindings.createBooleanBinding(() -> !running.get() && suite.get() != null && submission.get() != null,
                running, suite, submission);
    }

    @Override
    public String tabKey() {
        return "run-wizard";
    }

    @Override
    public String tabTitle() {
        return localization.text("wizard.title");
    }

    /** Reads the suites and submissions; what was chosen stays chosen where it still exists. */
    public void reload() {
        BackgroundTask.wrap(localization.text("task.suites"), progress -> new Object[] {conformance.suites(), conformance.submissions()})
                .onSuccess(read -> {
                    @SuppressWarnings("unchecked") List<InstalledSuite> readSuites = (List<InstalledSuite>) read[0];
                    @SuppressWarnings("unchecked") List<Submission> readSubmissions = (List<Submission>) read[1];
                    allSuites = readSuites.stream().sorted(Comparator.comparing(this::editionOf)).toList();
                    submissions.setAll(readSubmissions);
                    Map<String, Boolean> distinct = new LinkedHashMap<>();
                    allSuites.forEach(s -> distinct.put(editionOf(s), true));
                    editions.setAll(distinct.keySet());
                    if (edition.get() == null || !editions.contains(edition.get())) {
                        edition.set(editions.isEmpty() ? null : editions.get(0));
                    } else {
                        showSuites();
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private String editionOf(InstalledSuite s) {
        return s.standardCode() + "@" + s.edition();
    }

    private void showSuites() {
        String chosen = edition.get();
        InstalledSuite keep = suite.get();
        suites.setAll(allSuites.stream().filter(s -> editionOf(s).equals(chosen)).toList());
        suite.set(suites.stream().filter(s -> keep != null && s.sha256().equals(keep.sha256())).findFirst()
                .orElse(suites.isEmpty() ? null : suites.get(0)));
    }

    private void loadSuite(InstalledSuite installed) {
        classes.clear();
        progress.clear();
        loaded = null;
        if (installed == null) {
            return;
        }
        chooseSubmissionFor(installed);
        BackgroundTask.wrap(localization.text("task.loadSuite", installed.id()), work -> conformance.load(installed))
                .onSuccess(suiteLoaded -> {
                    if (!installed.equals(suite.get())) {
                        return;
                    }
                    loaded = suiteLoaded;
                    classes.setAll(suiteLoaded.suite().classes().stream().map(this::classChoice).toList());
                    showTestCases();
                    classes.forEach(c -> c.chosenProperty().addListener((o, a, b) -> showTestCases()));
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private Choice<String> classChoice(ConformanceClass c) {
        String depends = c.depends().isEmpty() ? "" : "  " + localization.text("wizard.depends", String.join(", ", c.depends()));
        return new Choice<>(c.id(), c.id() + "  " + c.title().in(localization.locale()) + depends);
    }

    /** The test cases the chosen classes (with what they depend on) will run, all waiting. */
    private void showTestCases() {
        if (loaded == null || running.get()) {
            return;
        }
        java.util.Set<String> claimed = withDependencies(chosenClasses());
        progress.setAll(loaded.suite().testCases().stream().filter(t -> claimed.contains(t.classId()))
                .map(t -> new TestCaseProgress(t.id(), t.title().in(localization.locale()))).toList());
        fraction.set(0);
        status.set("");
    }

    /** The chosen classes and those they depend on (all classes when none is chosen), as a run claims them. */
    private java.util.Set<String> withDependencies(List<String> chosen) {
        java.util.Set<String> closure = new java.util.LinkedHashSet<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(chosen.isEmpty()
                ? loaded.suite().classes().stream().map(ConformanceClass::id).toList() : chosen);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (closure.add(id)) {
                loaded.suite().conformanceClass(id).ifPresent(c -> pending.addAll(c.depends()));
            }
        }
        return closure;
    }

    /** The submission made for this suite, if there is one and none for it is chosen yet. */
    private void chooseSubmissionFor(InstalledSuite installed) {
        Submission current = submission.get();
        if (current != null && madeFor(current, installed)) {
            return;
        }
        submissions.stream().filter(s -> madeFor(s, installed)).findFirst().ifPresent(submission::set);
    }

    private static boolean madeFor(Submission submission, InstalledSuite suite) {
        String ref = submission.suiteRef();
        return ref.equals(suite.id().toString()) || ref.equals(suite.id().group() + ":" + suite.id().id())
                || ref.equals(suite.id().id()) || ref.equals(suite.sha256());
    }

    /** The submissions for the chosen suite first, the rest after: what the submission chooser lists. */
    public List<Submission> submissionsForSuite() {
        InstalledSuite chosen = suite.get();
        return submissions.stream().sorted(Comparator.comparing(s -> chosen == null || !madeFor(s, chosen))).toList();
    }

    private void showArtifacts(Submission chosen) {
        artifacts.setAll(chosen == null ? List.of() : chosen.artifacts().stream()
                .map(a -> new Choice<>(a, a.role() + "  " + a.name() + "  (" + MediaTypes.shortName(a.mediaType()) + ")"))
                .toList());
    }

    private List<String> chosenClasses() {
        return classes.stream().filter(Choice::chosen).map(Choice::value).toList();
    }

    /**
     * Runs the suite in the background. A request the suite refuses (a required role without an artifact, two where
     * one is allowed) is said before anything runs.
     */
    public void run() {
        if (!canRun.get() || loaded == null) {
            return;
        }
        Submission chosenSubmission = submission.get();
        RunRequest request;
        try {
            request = RunRequest.of(loaded, new Subject(chosenSubmission.organisation(), chosenSubmission.system(),
                            chosenSubmission.version()),
                    artifacts.stream().filter(Choice::chosen).map(Choice::value).toList(), chosenClasses());
        } catch (org.normative.standards.StandardsException e) {
            dialogs.showError(localization.text("wizard.cannotRun"), localization.describe(e), null);
            return;
        }
        showTestCases();
        Map<String, TestCaseProgress> rows = new LinkedHashMap<>();
        progress.forEach(p -> rows.put(p.id(), p));
        RunControl thisRun = new RunControl();
        control = thisRun;
        running.set(true);
        status.set(localization.text("wizard.running", 0, rows.size()));
        BackgroundTask.wrap(localization.text("task.run", loaded.suite().id(), chosenSubmission.system()), work -> {
                    RunRecord record = new Runner(conformance.limits()).run(request, new RunListener() {
                        @Override
                        public void testCaseStarted(String testCase) {
                            executor.onUiThread(() -> set(rows.get(testCase), TestCaseProgress.State.RUNNING, null));
                        }

                        @Override
                        public void testCaseFinished(TestCaseResult result, int done, int total) {
                            work.update(done, total, result.testCase());
                            executor.onUiThread(() -> {
                                set(rows.get(result.testCase()), TestCaseProgress.State.DONE, result);
                                fraction.set(total == 0 ? 1 : (double) done / total);
                                status.set(localization.text("wizard.running", done, total));
                            });
                        }
                    }, thisRun);
                    Thread.interrupted(); // a cancel from the task panel interrupts; the record is still saved
                    conformance.saveRun(record, chosenSubmission.id());
                    return record;
                })
                .onSuccess(record -> {
                    running.set(false);
                    status.set(localization.text(record.cancelled() ? "wizard.cancelled" : "wizard.done",
                            new VerdictText(localization).of(record.verdict())));
                    openResults.accept(record);
                })
                .onCancelled(() -> {
                    thisRun.cancel();
                    running.set(false);
                    status.set(localization.text("wizard.cancelled", ""));
                })
                .onFailure(error -> {
                    running.set(false);
                    failed(error);
                })
                .executeWith(executor);
    }

    private static void set(TestCaseProgress row, TestCaseProgress.State state, TestCaseResult result) {
        if (row == null) {
            return;
        }
        if (result != null) {
            row.verdictProperty().set(result.verdict()); // before the state: views read both when the state changes
        }
        row.stateProperty().set(state);
    }

    /** Stops the run: test cases not started are not tested; what finished is kept and saved. */
    public void cancel() {
        if (control != null) {
            control.cancel();
        }
    }

    private void failed(Exception error) {
        dialogs.showError(localization.text("error.run"), localization.describe(error), error);
    }

    public ObservableList<String> editions() {
        return editions;
    }

    public StringProperty editionProperty() {
        return edition;
    }

    public ObservableList<InstalledSuite> suites() {
        return suites;
    }

    public ObjectProperty<InstalledSuite> suiteProperty() {
        return suite;
    }

    public ObservableList<Choice<String>> classes() {
        return classes;
    }

    public ObservableList<Submission> submissions() {
        return submissions;
    }

    public ObjectProperty<Submission> submissionProperty() {
        return submission;
    }

    public ObservableList<Choice<Artifact>> artifacts() {
        return artifacts;
    }

    public ObservableList<TestCaseProgress> progress() {
        return progress;
    }

    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public String describe(InstalledSuite s) {
        return s == null ? "" : s.id() + "  " + s.title().in(localization.locale());
    }

    public String describe(Submission s) {
        return s == null ? "" : s.organisation() + " \u00b7 " + s.system() + " " + s.version() + "  (" + s.suiteRef() + ")";
    }

    public String describe(TestCaseProgress row) {
        return switch (row.stateProperty().get()) {
            case WAITING -> localization.text("wizard.waiting");
            case RUNNING -> localization.text("wizard.testCaseRunning");
            case DONE -> new VerdictText(localization).of(row.verdictProperty().get());
        };
    }
}
