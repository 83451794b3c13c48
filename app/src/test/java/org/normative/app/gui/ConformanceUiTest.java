package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.app.gui.RunningMainWindow.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.conformance.results.ResultNode;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Submission;
import org.testfx.api.FxRobot;

/**
 * The newcomer's path through the real main window, headless: run a demo suite on a demo submission, find a failing
 * test case, open the evidence at the finding's line, export the PDF report and read its verdict back with PDFBox.
 */
class ConformanceUiTest {

    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    @TempDir
    Path temp;

    private RunningMainWindow window;
    private FxRobot robot;
    private RecordingDialogService dialogs;

    @BeforeEach
    void showMainWindow() throws Exception {
        window = RunningMainWindow.showWithConformanceDemo(temp);
        robot = window.robot;
        dialogs = (RecordingDialogService) window.context.dialogs();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void runASuiteFindTheFailureOpenItsEvidenceAndExportTheReport() throws Exception {
        runWizard("Beta City Data Service");

        waitUntil(() -> tabTitles().contains("Results: Beta City Data Service")
                && robot.lookup("#run-verdict").tryQuery().map(n -> ((Labeled) n).getText().contains("Not conformant"))
                        .orElse(false), 90);
        Labeled verdict = robot.lookup("#run-verdict").queryLabeled();
        assertThat(verdict.getStyleClass()).contains("verdict-fail");
        assertThat(robot.lookup("#wizard-progress").queryListView().getItems()).isNotEmpty();

        ComboBox<Verdict> filter = robot.lookup("#results-filter").queryAs(ComboBox.class);
        robot.interact(() -> filter.setValue(Verdict.FAIL));
        TreeView<ResultNode> tree = robot.lookup("#results-tree").queryAs(TreeView.class);
        waitUntil(() -> !items(tree.getRoot()).isEmpty());
        List<TreeItem<ResultNode>> shown = items(tree.getRoot());
        assertThat(shown).filteredOn(i -> i.getValue().kind() == ResultNode.Kind.TEST_CASE)
                .isNotEmpty().allSatisfy(i -> assertThat(i.getValue().verdict()).isEqualTo(Verdict.FAIL));
        TreeItem<ResultNode> finding = shown.stream().filter(i -> i.getValue().hasEvidence()
                && i.getValue().finding().location().line() != null).findFirst().orElseThrow();
        int line = finding.getValue().finding().location().line();
        robot.interact(() -> {
            tree.getSelectionModel().select(finding);
            tree.scrollTo(tree.getRow(finding));
        });
        // buttons inside a tab are fired rather than clicked: the centre pane is narrow in the headless window
        robot.interact(() -> robot.lookup("#open-evidence").queryButton().fire());

        waitUntil(() -> tabTitles().contains("Evidence") && targetLine().isPresent());
        assertThat(targetLine().orElseThrow().getItem().toString()).contains("number=" + line + ",");
        assertThat(robot.lookup("#evidence-location").queryLabeled().getText())
                .contains(finding.getValue().finding().ruleId(), finding.getValue().finding().location().toString());

        Path pdf = temp.resolve("beta-report.pdf");
        dialogs.saveAnswers.add(pdf);
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel()
                .select(robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                        .filter(t -> t.getText().startsWith("Results")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#exportPdfButton").queryButton().fire());

        waitUntil(() -> dialogs.opened.contains(pdf), 60);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Not conformant");
        }
        assertThat(Files.size(pdf)).isPositive();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEvaluatorJudgesTheOpenManualCaseCertifiesAndIssuesASignedReport() throws Exception {
        runWizard("Acme Open Data Portal");
        waitUntil(() -> robot.lookup("#run-verdict").tryQuery().map(n -> ((Labeled) n).getText().contains("Incomplete"))
                .orElse(false), 90);

        robot.interact(() -> robot.lookup("#evaluateButton").queryButton().fire());
        javafx.scene.control.ListView<org.normative.app.gui.conformance.evaluator.DecisionRow> cases =
                robot.lookup("#evaluator-cases").queryListView();
        waitUntil(() -> !cases.getItems().isEmpty());
        robot.interact(() -> cases.getSelectionModel().select(cases.getItems().stream()
                .filter(org.normative.app.gui.conformance.evaluator.DecisionRow::open).findFirst().orElseThrow()));
        robot.interact(() -> {
            robot.lookup("#evaluator").queryTextInputControl().setText("Li Wei");
            robot.lookup("#evaluator-verdict").queryAs(ComboBox.class).setValue(Verdict.PASS);
            robot.lookup("#evaluator-note").queryTextInputControl().setText("GET /datasets?limit=1 returned one item and a next link.");
        });
        robot.interact(() -> robot.lookup("#judgeButton").queryButton().fire());
        waitUntil(() -> robot.lookup("#evaluator-overall").queryLabeled().getText().contains("Conformant"));
        assertThat(cases.getItems()).noneMatch(org.normative.app.gui.conformance.evaluator.DecisionRow::open);

        robot.interact(() -> robot.lookup("#statement").queryTextInputControl()
                .setText("Acme Open Data Portal conforms to DG/T 0102-2026."));
        robot.interact(() -> robot.lookup("#certifyButton").queryButton().fire());
        dialogs.fileAnswers.add(List.of(org.normative.app.TestKeystores.evaluator(temp, "EC", "CN=Li Wei, O=Test Lab, C=CN")));
        dialogs.passwordAnswers.add(org.normative.app.TestKeystores.PASSWORD);
        Path pdf = temp.resolve("certificate.pdf");
        dialogs.saveAnswers.add(pdf);
        robot.interact(() -> robot.lookup("#issueButton").queryButton().fire());

        waitUntil(() -> dialogs.opened.contains(pdf), 60);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getSignatureDictionaries()).singleElement()
                    .satisfies(signature -> assertThat(signature.getName()).contains("Li Wei"));
            assertThat(new PDFTextStripper().getText(document)).contains("Conformant");
        }
        assertThat(window.context.conformance().ledger().all()).singleElement()
                .satisfies(entry -> assertThat(entry.signer()).contains("Li Wei"));
        assertThat(dialogs.errors).isEmpty();
    }

    /** Runs the DG/T 0102 suite on a demo submission through the wizard, clicking Run. */
    @SuppressWarnings("unchecked")
    private void runWizard(String system) {
        robot.clickOn("#runWizardButton");
        ComboBox<String> editions = robot.lookup("#wizard-edition").queryAs(ComboBox.class);
        waitUntil(() -> editions.getItems().contains("DG/T 0102@2026"));
        robot.interact(() -> editions.setValue("DG/T 0102@2026"));
        ComboBox<Submission> submissions = robot.lookup("#wizard-submission").queryAs(ComboBox.class);
        waitUntil(() -> submissions.getItems().stream().anyMatch(s -> s.system().equals(system)));
        robot.interact(() -> submissions.setValue(submissions.getItems().stream()
                .filter(s -> s.system().equals(system)).findFirst().orElseThrow()));
        waitUntil(() -> !robot.lookup("#wizard-run").queryButton().isDisabled(), 60);
        robot.clickOn("#wizard-run");
    }

    @SuppressWarnings("unchecked")
    private java.util.Optional<ListCell<?>> targetLine() {
        return robot.lookup("#evidence-lines .list-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(TARGET) && n.isVisible())
                .<ListCell<?>>map(n -> (ListCell<?>) n).findFirst();
    }

    private List<String> tabTitles() {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
    }

    private static List<TreeItem<ResultNode>> items(TreeItem<ResultNode> root) {
        List<TreeItem<ResultNode>> all = new ArrayList<>();
        if (root != null) {
            root.getChildren().forEach(child -> {
                all.add(child);
                all.addAll(items(child));
            });
        }
        return all;
    }
}
