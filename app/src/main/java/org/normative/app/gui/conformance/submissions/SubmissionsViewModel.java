package org.normative.app.gui.conformance.submissions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.submission.MediaTypes;
import org.normative.conformance.submission.Submission;
import org.normative.conformance.suite.ArtifactRole;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.conformance.suite.Suite;
import org.normative.conformance.workspace.ConformanceWorkspace;

/**
 * Vendors' submissions: the list, a new one (vendor, system, version, suite), and files dropped on the chosen one.
 * A dropped file's media type is detected from its content and suggests its role in the suite; where the suite has
 * no single role for it, people choose. Every artifact is shown with its size and SHA-256.
 */
public final class SubmissionsViewModel implements TabModel {

    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<Submission> submissions = FXCollections.observableArrayList();
    private final ObjectProperty<Submission> selected = new SimpleObjectProperty<>();
    private final ObservableList<Artifact> artifacts = FXCollections.observableArrayList();

    public SubmissionsViewModel(ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                                DialogService dialogs) {
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        selected.addListener((o, a, b) -> artifacts.setAll(b == null ? List.of() : b.artifacts()));
    }

    @Override
    public String tabKey() {
        return "conformance-submissions";
    }

    @Override
    public String tabTitle() {
        return localization.text("submissions.title");
    }

    public void reload() {
        reload(selected.get() == null ? null : selected.get().id());
    }

    private void reload(Long keep) {
        BackgroundTask.wrap(localization.text("task.submissions"), progress -> conformance.submissions())
                .onSuccess(loaded -> {
                    submissions.setAll(loaded);
                    selected.set(loaded.stream().filter(s -> keep != null && s.id() == keep).findFirst()
                            .orElse(loaded.isEmpty() ? null : loaded.get(0)));
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Asks for the vendor, system and version and the suite it is for, then makes the (empty) submission. */
    public void create() {
        Optional<List<String>> answers = dialogs.askTexts(localization.text("submissions.new"),
                localization.text("submissions.new.message"), List.of(localization.text("submissions.vendor"),
                        localization.text("submissions.system"), localization.text("submissions.version")));
        if (answers.isEmpty()) {
            return;
        }
        List<String> values = answers.get().stream().map(String::strip).toList();
        if (values.stream().anyMatch(String::isEmpty)) {
            dialogs.showError(localization.text("submissions.new"), localization.text("submissions.new.incomplete"), null);
            return;
        }
        BackgroundTask.wrap(localization.text("task.suites"), progress -> conformance.suites())
                .onSuccess(suites -> dialogs.choose(localization.text("submissions.suite"),
                                localization.text("submissions.suite.message", values.get(1)), suites,
                                s -> s.id() + "  " + s.title().in(localization.locale()))
                        .ifPresent(suite -> create(values, suite)))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void create(List<String> values, InstalledSuite suite) {
        BackgroundTask.wrap(localization.text("task.createSubmission", values.get(1)), progress ->
                        conformance.createSubmission(values.get(0), values.get(1), values.get(2), suite.id().toString(), List.of()))
                .onSuccess(created -> reload(created.id()))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /**
     * Files dropped on the chosen submission (folders: every file in them): their media types detected and roles
     * suggested in the background, the roles settled here (asking where the suite has no single role), then stored.
     */
    public void addFiles(List<Path> dropped) {
        Submission submission = selected.get();
        if (submission == null) {
            dialogs.showError(localization.text("submissions.add"), localization.text("submissions.noneChosen"), null);
            return;
        }
        BackgroundTask.wrap(localization.text("task.detect", dropped.size()), progress -> {
                    InstalledSuite installed = conformance.findSuite(submission.suiteRef())
                            .orElseThrow(() -> new ConformanceException("submission.noSuite", submission.suiteRef()));
                    Suite declared = conformance.load(installed).suite();
                    List<Intake> intakes = new ArrayList<>();
                    for (Path file : files(dropped)) {
                        Artifact detected = new ArtifactIntake().inPlace("", file);
                        intakes.add(new Intake(file, detected.name(), detected.mediaType(),
                                declared.roleFor(detected.mediaType()).map(ArtifactRole::role).orElse(null)));
                    }
                    return new Detected(declared, intakes);
                })
                .onSuccess(detected -> store(submission, detected))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private record Detected(Suite suite, List<Intake> intakes) {
    }

    private void store(Submission submission, Detected detected) {
        List<ConformanceWorkspace.RoleFile> files = new ArrayList<>();
        for (Intake intake : detected.intakes()) {
            String role = intake.suggestedRole();
            if (role == null) {
                Optional<ArtifactRole> chosen = dialogs.choose(localization.text("submissions.role"),
                        localization.text("submissions.role.message", intake.name(), MediaTypes.shortName(intake.mediaType())),
                        detected.suite().roles(), r -> r.role() + "  " + r.title().in(localization.locale()));
                if (chosen.isEmpty()) {
                    continue;
                }
                role = chosen.get().role();
            }
            files.add(new ConformanceWorkspace.RoleFile(role, intake.file()));
        }
        if (files.isEmpty()) {
            return;
        }
        BackgroundTask.wrap(localization.text("task.addArtifacts", files.size(), submission.system()),
                        progress -> conformance.addArtifacts(submission.id(), files))
                .onSuccess(updated -> reload(updated.id()))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private static List<Path> files(List<Path> dropped) throws ConformanceException {
        List<Path> files = new ArrayList<>();
        for (Path path : dropped) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new ConformanceException(e, "artifact.unreadable", path, e.getMessage());
            }
        }
        return files;
    }

    private void failed(Exception error) {
        dialogs.showError(localization.text("error.submissions"), localization.describe(error), error);
    }

    public ObservableList<Submission> submissions() {
        return submissions;
    }

    public ObjectProperty<Submission> selectedProperty() {
        return selected;
    }

    public ObservableList<Artifact> artifacts() {
        return artifacts;
    }

    /** How a submission reads in the list: vendor, system and version, and the suite it is for. */
    public String describe(Submission submission) {
        return submission == null ? "" : localization.text("submissions.describe", submission.organisation(),
                submission.system(), submission.version(), submission.suiteRef(), submission.artifacts().size());
    }

    public String mediaType(Artifact artifact) {
        return MediaTypes.shortName(artifact.mediaType());
    }
}
