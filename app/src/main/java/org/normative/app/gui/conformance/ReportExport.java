package org.normative.app.gui.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.workspace.ConformanceWorkspace;
import org.normative.standards.StandardsException;

/**
 * Writes a report of a stored run (with the evaluator's decisions applied, as {@code report render} does), in the
 * background, then offers to open it. Shared by the results and the evaluator panel.
 */
public final class ReportExport {

    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    public ReportExport(ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                        DialogService dialogs) {
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Asks where, writes the report there and offers to open it. */
    public void export(String runId, String system, ReportFormat format) {
        String extension = switch (format) {
            case JUNIT -> "xml";
            case SARIF -> "sarif";
            default -> format.name().toLowerCase(Locale.ROOT);
        };
        String suggested = "report-" + (system.isBlank() ? runId.substring(0, 8) : system.replaceAll("[^\\p{L}\\p{N}._-]+", "-"))
                + "." + extension;
        dialogs.chooseSaveFile(localization.text("results.export.where", format.name()), suggested).ifPresent(file ->
                BackgroundTask.wrap(localization.text("task.export", format.name(), file.getFileName()), progress -> {
                            write(runId, format, file);
                            return file;
                        })
                        .onSuccess(this::offerToOpen)
                        .onFailure(error -> dialogs.showError(localization.text("error.export"), localization.describe(error), error))
                        .executeWith(executor));
    }

    /** The report of the run as it stands now (decisions applied), in the app's language. Call off the FX thread. */
    public void write(String runId, ReportFormat format, Path file) throws StandardsException {
        RunRecord record = conformance.assessedRun(runId).orElseThrow(() -> new ConformanceException("report.noSuchRun", runId));
        List<Assessment> assessments = conformance.assessments(runId);
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(record, assessments, conformance.requirements(), localization.locale(), out);
        } catch (IOException e) {
            throw new ConformanceException(e, "report.cannotWrite", file, e.getMessage());
        }
    }

    /** Asks whether to open the file in the system's viewer, and opens it in the background. */
    public void offerToOpen(Path file) {
        if (dialogs.confirm(localization.text("results.export.done"), localization.text("results.export.open", file))) {
            BackgroundTask.wrap(localization.text("task.openFile", file.getFileName()), progress -> {
                        dialogs.openExternally(file);
                        return file;
                    })
                    .onFailure(error -> dialogs.showError(localization.text("error.openFile"), localization.describe(error), error))
                    .executeWith(executor);
        }
    }
}
