package org.normative.app.gui.conformance;

import java.util.Optional;

import javafx.scene.Parent;
import org.normative.app.gui.conformance.dashboard.DashboardView;
import org.normative.app.gui.conformance.dashboard.DashboardViewModel;
import org.normative.app.gui.conformance.evaluator.EvaluatorView;
import org.normative.app.gui.conformance.evaluator.EvaluatorViewModel;
import org.normative.app.gui.conformance.evidence.EvidenceView;
import org.normative.app.gui.conformance.evidence.EvidenceViewModel;
import org.normative.app.gui.conformance.results.ResultsView;
import org.normative.app.gui.conformance.results.ResultsViewModel;
import org.normative.app.gui.conformance.run.RunWizardView;
import org.normative.app.gui.conformance.run.RunWizardViewModel;
import org.normative.app.gui.conformance.submissions.SubmissionsView;
import org.normative.app.gui.conformance.submissions.SubmissionsViewModel;
import org.normative.app.gui.conformance.suites.SuitesView;
import org.normative.app.gui.conformance.suites.SuitesViewModel;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;

/** The view of a conformance tab's model, for the main window's tabs. */
public final class ConformanceViews {

    private ConformanceViews() {
    }

    public static Optional<Parent> viewOf(TabModel model, Localization localization) {
        var bundle = localization.bundle();
        if (model instanceof SuitesViewModel suites) {
            return Optional.of(new SuitesView(suites, bundle).load());
        }
        if (model instanceof SubmissionsViewModel submissions) {
            return Optional.of(new SubmissionsView(submissions, bundle).load());
        }
        if (model instanceof RunWizardViewModel wizard) {
            return Optional.of(new RunWizardView(wizard, bundle).load());
        }
        if (model instanceof ResultsViewModel results) {
            return Optional.of(new ResultsView(results, localization).load());
        }
        if (model instanceof EvidenceViewModel evidence) {
            return Optional.of(new EvidenceView(evidence, bundle).load());
        }
        if (model instanceof EvaluatorViewModel evaluator) {
            return Optional.of(new EvaluatorView(evaluator, bundle).load());
        }
        if (model instanceof DashboardViewModel dashboard) {
            return Optional.of(new DashboardView(dashboard, bundle).load());
        }
        return Optional.empty();
    }
}
