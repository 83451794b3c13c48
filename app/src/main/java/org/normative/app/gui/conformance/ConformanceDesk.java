package org.normative.app.gui.conformance;

import java.util.HashMap;
import java.util.Map;

import org.normative.app.gui.AppContext;
import org.normative.app.gui.conformance.dashboard.DashboardViewModel;
import org.normative.app.gui.conformance.evaluator.EvaluatorViewModel;
import org.normative.app.gui.conformance.evidence.EvidenceViewModel;
import org.normative.app.gui.conformance.results.ResultsViewModel;
import org.normative.app.gui.conformance.run.RunWizardViewModel;
import org.normative.app.gui.conformance.submissions.SubmissionsViewModel;
import org.normative.app.gui.conformance.suites.SuitesViewModel;
import org.normative.conformance.result.Finding;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.standards.editing.EditionService;

/**
 * The vendor's and the evaluator's desk: the conformance views of one main window, made once and kept while the
 * window lives, and the tabs they open for one run (results, evidence, the evaluator's panel).
 */
public final class ConformanceDesk {

    private final AppContext context;
    private final Workbench workbench;
    private final SuitesViewModel suites;
    private final SubmissionsViewModel submissions;
    private final RunWizardViewModel runWizard;
    private final EvidenceViewModel evidence;
    private final DashboardViewModel dashboard;
    private final Map<String, EvaluatorViewModel> evaluators = new HashMap<>();
    private final Map<String, ResultsViewModel> results = new HashMap<>();

    public ConformanceDesk(AppContext context, Workbench workbench) {
        this.context = context;
        this.workbench = workbench;
        this.suites = new SuitesViewModel(context.conformance(), new EditionService(context.sqlLibrary()),
                context.localization(), context.executor(), context.dialogs(), workbench);
        this.submissions = new SubmissionsViewModel(context.conformance(), context.localization(), context.executor(),
                context.dialogs());
        this.runWizard = new RunWizardViewModel(context.conformance(), context.localization(), context.executor(),
                context.dialogs(), record -> openResults(record.runId(), record.subject().system()));
        this.evidence = new EvidenceViewModel(context.conformance(), context.localization(), context.executor(),
                context.dialogs());
        this.dashboard = new DashboardViewModel(context.conformance(), context.localization(), context.executor(),
                context.dialogs(), run -> openResults(run.runId(), run.subject().system()));
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public SuitesViewModel suites() {
        return suites;
    }

    public SubmissionsViewModel submissions() {
        return submissions;
    }

    public RunWizardViewModel runWizard() {
        return runWizard;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    /** Opens (or selects) the results of a stored run, read again; {@code system} names the tab. */
    public ResultsViewModel openResults(String runId, String system) {
        ResultsViewModel tab = results.computeIfAbsent(runId, id -> new ResultsViewModel(id, system, context.conformance(),
                context.localization(), context.executor(), context.dialogs(), workbench, this::openEvidence,
                this::openEvaluator));
        tab.reload();
        workbench.open(tab);
        return tab;
    }

    /** Opens the artifact at the finding in the evidence viewer. */
    public void openEvidence(ArtifactRecord artifact, Finding finding) {
        evidence.show(artifact, finding);
        workbench.open(evidence);
    }

    /** Opens the evaluator's panel on a run; each decision shows at once in the run's results if they are open. */
    public EvaluatorViewModel openEvaluator(String runId) {
        EvaluatorViewModel tab = evaluators.computeIfAbsent(runId, id -> new EvaluatorViewModel(id, context.conformance(),
                context.localization(), context.executor(), context.dialogs(), () -> {
                    ResultsViewModel open = results.get(id);
                    if (open != null) {
                        open.reload();
                    }
                    dashboard.reload();
                }));
        tab.reload();
        workbench.open(tab);
        return tab;
    }
}
