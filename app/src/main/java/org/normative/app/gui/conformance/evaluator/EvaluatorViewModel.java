package org.normative.app.gui.conformance.evaluator;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.conformance.ReportExport;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.report.signing.ReportIssuer;
import org.normative.conformance.report.signing.SigningKey;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;
import org.normative.conformance.workspace.ConformanceWorkspace;

/**
 * The evaluator's panel on one run: judge the manual test cases, override or waive automatic ones (each with a note
 * or justification and, for a judgement, an attachment), certify, then issue the signed PDF report and open it.
 * Every decision is recorded beside the immutable run (and in the audit trail) by the conformance workspace, which
 * refuses what does not fit (a judgement on an automatic case, certifying a run that is not conformant).
 */
public final class EvaluatorViewModel implements TabModel {

    private final String runId;
    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReportExport export;
    private final Runnable onDecided;

    private final ObservableList<DecisionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionRow> selected = new SimpleObjectProperty<>();
    private final StringProperty evaluator = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(Verdict.PASS);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> attachment = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expires = new SimpleObjectProperty<>();
    private final StringProperty statement = new SimpleStringProperty("");
    private final StringProperty overall = new SimpleStringProperty("");
    private final StringProperty overallStyle = new SimpleStringProperty("");
    private String system = "";

    /** {@code onDecided} runs after every recorded decision, so that open results show the verdicts as they now are. */
    public EvaluatorViewModel(String runId, ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                              DialogService dialogs, Runnable onDecided) {
        this.runId = runId;
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onDecided = onDecided;
        this.export = new ReportExport(conformance, localization, executor, dialogs);
    }

    @Override
    public String tabKey() {
        return "evaluator-" + runId;
    }

    @Override
    public String tabTitle() {
        return localization.text("evaluator.title", system.isBlank() ? runId.substring(0, 8) : system);
    }

    public void reload() {
        BackgroundTask.wrap(localization.text("task.loadRun", runId), progress -> {
                    RunRecord run = conformance.assessedRun(runId)
                            .orElseThrow(() -> new ConformanceException("report.noSuchRun", runId));
                    Map<String, Assessment> latest = conformance.assessments(runId).stream()
                            .collect(Collectors.toMap(Assessment::testCase, Function.identity(),
                                    (a, b) -> b.recordedAt().isAfter(a.recordedAt()) ? b : a));
                    return new Object[] {run, latest};
                })
                .onSuccess(read -> {
                    RunRecord run = (RunRecord) read[0];
                    @SuppressWarnings("unchecked") Map<String, Assessment> latest = (Map<String, Assessment>) read[1];
                    system = run.subject().system();
                    overall.set(new VerdictText(localization).of(run.verdict()));
                    overallStyle.set(VerdictText.styleClass(run.verdict()));
                    String keep = selected.get() == null ? null : selected.get().testCase();
                    rows.setAll(run.results().stream().map(r -> row(r, latest.get(r.testCase())))
                            .sorted(Comparator.comparing((DecisionRow r) -> !r.open())).toList());
                    selected.set(rows.stream().filter(r -> r.testCase().equals(keep)).findFirst()
                            .orElse(rows.isEmpty() ? null : rows.get(0)));
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private DecisionRow row(TestCaseResult result, Assessment decision) {
        boolean manual = result.checks().stream().anyMatch(c -> "manual".equals(c.kind()));
        String decided = decision == null ? "" : localization.text("evaluator.decision", decision.kind().name(),
                decision.verdict() == null ? "" : decision.verdict().name(), decision.evaluator(), decision.note());
        return new DecisionRow(result.testCase(), result.title().in(localization.locale()), result.verdict(), manual,
                result.mandatory(), decided);
    }

    /** The verdict of the selected manual test case, with the note and the attachment. */
    public void judge() {
        decide(Assessment.Kind.JUDGEMENT, verdict.get(), null, attachment.get());
    }

    /** Another verdict for the selected automatic test case, with the note as justification. */
    public void override() {
        decide(Assessment.Kind.OVERRIDE, verdict.get(), null, null);
    }

    /** Accepts the selected failure until the expiry date, with the note as justification. */
    public void waive() {
        decide(Assessment.Kind.WAIVER, null, expires.get(), null);
    }

    private void decide(Assessment.Kind kind, Verdict given, LocalDate until, Path evidence) {
        DecisionRow row = selected.get();
        if (row == null || !complete(note.get())) {
            return;
        }
        record(new Assessment(0, runId, row.testCase(), kind, given, note.get().strip(), evaluator.get().strip(),
                Instant.now(), until, null, null), evidence);
    }

    /** The certification statement for the whole run; refused unless the run, with the decisions, is conformant. */
    public void certify() {
        if (complete(statement.get())) {
            record(new Assessment(0, runId, "", Assessment.Kind.CERTIFICATION, null, statement.get().strip(),
                    evaluator.get().strip(), Instant.now(), null, null, null), null);
        }
    }

    private boolean complete(String text) {
        if (text == null || text.isBlank() || evaluator.get() == null || evaluator.get().isBlank()) {
            dialogs.showError(localization.text("evaluator.title", system), localization.text("evaluator.incomplete"), null);
            return false;
        }
        return true;
    }

    private void record(Assessment assessment, Path evidence) {
        BackgroundTask.wrap(localization.text("task.assess", assessment.kind().name(), assessment.testCase()),
                        progress -> conformance.assess(assessment, evidence))
                .onSuccess(recorded -> {
                    note.set("");
                    attachment.set(null);
                    reload();
                    onDecided.run();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    public void chooseAttachment() {
        List<Path> chosen = dialogs.chooseFiles(localization.text("evaluator.attach"), List.of("*"));
        if (!chosen.isEmpty()) {
            attachment.set(chosen.get(0));
        }
    }

    /**
     * Issues the report: asks for the evaluator's PKCS#12 keystore, its password and where to save the PDF, then in
     * the background writes the PDF, signs it (PAdES) and enters it in the ledger, and offers to open it.
     */
    public void issue() {
        List<Path> keystore = dialogs.chooseFiles(localization.text("evaluator.keystore"), List.of("p12", "pfx"));
        if (keystore.isEmpty()) {
            return;
        }
        var password = dialogs.askPassword(localization.text("evaluator.password"),
                localization.text("evaluator.password.message", keystore.get(0).getFileName()));
        if (password.isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile(localization.text("results.export.where", "PDF"), "certificate-" + runId.substring(0, 8) + ".pdf")
                .ifPresent(pdf -> BackgroundTask.wrap(localization.text("task.issue", pdf.getFileName()), progress -> {
                            export.write(runId, ReportFormat.PDF, pdf);
                            SigningKey key = SigningKey.fromPkcs12(keystore.get(0), password.get(), null);
                            new ReportIssuer(conformance.ledger()).issue(pdf, key);
                            java.util.Arrays.fill(password.get(), '\0');
                            return pdf;
                        })
                        .onSuccess(export::offerToOpen)
                        .onFailure(this::failed)
                        .executeWith(executor));
    }

    private void failed(Exception error) {
        dialogs.showError(localization.text("error.evaluator"), localization.describe(error), error);
    }

    public String describe(DecisionRow row) {
        return new VerdictText(localization).of(row.verdict()) + "   " + row.testCase() + "  " + row.title()
                + (row.open() ? "   " + localization.text("evaluator.open") : "");
    }

    public List<Verdict> verdictChoices() {
        return List.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_APPLICABLE);
    }

    public String describe(Verdict choice) {
        return choice == null ? "" : new VerdictText(localization).of(choice);
    }

    public ObservableList<DecisionRow> rows() {
        return rows;
    }

    public ObjectProperty<DecisionRow> selectedProperty() {
        return selected;
    }

    public StringProperty evaluatorProperty() {
        return evaluator;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Path> attachmentProperty() {
        return attachment;
    }

    public ObjectProperty<LocalDate> expiresProperty() {
        return expires;
    }

    public StringProperty statementProperty() {
        return statement;
    }

    public StringProperty overallProperty() {
        return overall;
    }

    public StringProperty overallStyleProperty() {
        return overallStyle;
    }
}
