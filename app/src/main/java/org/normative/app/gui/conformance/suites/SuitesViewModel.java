package org.normative.app.gui.conformance.suites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.conformance.Workbench;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.conformance.suite.Suite;
import org.normative.conformance.workspace.ConformanceWorkspace;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.EditionContent;

/**
 * The suites of the workspace: for the chosen one, its test cases traced to the requirements of its edition and the
 * coverage (requirements without a test case, test cases the tool cannot decide). Suites are imported from a folder
 * or a zip, by file chooser or by dropping them on the view; a broken suite is refused with the loader's message.
 */
public final class SuitesViewModel implements TabModel {

    /** A suite read for the matrix: its declaration and the content of its edition. */
    private record Loaded(InstalledSuite installed, Suite suite, EditionContent content) {
    }

    private final ConformanceWorkspace conformance;
    private final EditionService editions;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Workbench workbench;

    private final ObservableList<InstalledSuite> suites = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledSuite> selected = new SimpleObjectProperty<>();
    private final ObservableList<MatrixRow> matrix = FXCollections.observableArrayList();
    private final ObservableList<TestCaseRow> testCases = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty coverage = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Loaded shown;

    public SuitesViewModel(ConformanceWorkspace conformance, EditionService editions, Localization localization,
                           TaskExecutor executor, DialogService dialogs, Workbench workbench) {
        this.conformance = conformance;
        this.editions = editions;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.workbench = workbench;
        selected.addListener((o, a, b) -> load(b));
        localization.localeProperty().addListener((o, a, b) -> showTrace());
    }

    @Override
    public String tabKey() {
        return "conformance-suites";
    }

    @Override
    public String tabTitle() {
        return localization.text("suites.title");
    }

    /** Reads the suites again, keeping the chosen one (the first when none is chosen). */
    public void reload() {
        reload(selected.get() == null ? null : selected.get().sha256());
    }

    private void reload(String keep) {
        BackgroundTask.wrap(localization.text("task.suites"), progress -> conformance.suites())
                .onSuccess(loaded -> {
                    suites.setAll(loaded);
                    InstalledSuite choose = loaded.stream().filter(s -> s.sha256().equals(keep)).findFirst()
                            .orElse(loaded.isEmpty() ? null : loaded.get(0));
                    if (choose != null && selected.get() != null && choose.sha256().equals(selected.get().sha256())) {
                        return;
                    }
                    selected.set(choose);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void load(InstalledSuite installed) {
        matrix.clear();
        testCases.clear();
        heading.set("");
        coverage.set("");
        if (installed == null) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.traceSuite", installed.id()), progress -> {
                    Suite suite = conformance.load(installed).suite();
                    EditionContent content;
                    try {
                        content = editions.content(new EditionRef(installed.standardCode(), installed.edition()));
                    } catch (org.normative.standards.StandardsException noEdition) {
                        content = EditionContent.EMPTY; // a suite for a standard this library lacks: nothing to trace
                    }
                    return new Loaded(installed, suite, content);
                })
                .onSuccess(loaded -> {
                    if (installed.equals(selected.get())) {
                        loading.set(false);
                        shown = loaded;
                        showTrace();
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void showTrace() {
        if (shown == null) {
            return;
        }
        Traceability trace = Traceability.of(shown.suite(), shown.content(), localization.locale());
        matrix.setAll(trace.matrix());
        testCases.setAll(trace.testCases());
        InstalledSuite s = shown.installed();
        heading.set(localization.text("suites.heading", s.title().in(localization.locale()), s.id(),
                s.standardCode() + "@" + s.edition(), localization.text("suites.status." + s.status().name())));
        coverage.set(trace.matrix().isEmpty() ? localization.text("suites.noEdition", s.standardCode() + "@" + s.edition())
                : localization.text("suites.coverage", trace.covered(), trace.matrix().size(), trace.uncovered(),
                        trace.testCases().size(), trace.manual(), trace.notTestableRequirements(), trace.markedNotTestable()));
    }

    /** Lets people choose suite packages: a {@code .zip}, or the {@code suite.xml} of a folder. */
    public void chooseAndImport() {
        List<Path> chosen = dialogs.chooseFiles(localization.text("suites.import"), List.of("zip", "suite.xml"));
        if (!chosen.isEmpty()) {
            importSuites(chosen);
        }
    }

    /** Imports suite packages (folders, zips, or a folder's {@code suite.xml}), then shows the last one imported. */
    public void importSuites(List<Path> locations) {
        List<Path> packages = new ArrayList<>();
        for (Path location : locations) {
            packages.add(location.getFileName() != null && location.getFileName().toString().equals("suite.xml")
                    && !Files.isDirectory(location) ? location.getParent() : location);
        }
        BackgroundTask.wrap(localization.text("task.importSuite", packages.size()), progress -> {
                    InstalledSuite last = null;
                    for (int i = 0; i < packages.size() && !progress.isCancelled(); i++) {
                        progress.update(i, packages.size(), packages.get(i).getFileName().toString());
                        last = conformance.importSuite(packages.get(i));
                    }
                    return last;
                })
                .onSuccess(last -> reload(last == null ? null : last.sha256()))
                .onFailure(error -> {
                    dialogs.showError(localization.text("error.importSuite"), localization.describe(error), error);
                    reload();
                })
                .executeWith(executor);
    }

    /** Opens the standard at the clause that holds the requirement. */
    public void openRequirement(MatrixRow row) {
        if (shown != null && row != null) {
            workbench.openClause(shown.installed().standardCode(), shown.installed().edition(), row.clauseNumber());
        }
    }

    private void failed(Exception error) {
        loading.set(false);
        dialogs.showError(localization.text("error.suites"), localization.describe(error), error);
    }

    public ObservableList<InstalledSuite> suites() {
        return suites;
    }

    public ObjectProperty<InstalledSuite> selectedProperty() {
        return selected;
    }

    public ObservableList<MatrixRow> matrix() {
        return matrix;
    }

    public ObservableList<TestCaseRow> testCases() {
        return testCases;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty coverageProperty() {
        return coverage;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** How a suite reads in the list: its title in the current language, its edition and id. */
    public String describe(InstalledSuite suite) {
        return suite == null ? "" : suite.standardCode() + "@" + suite.edition() + "  " + suite.title().in(localization.locale());
    }
}
