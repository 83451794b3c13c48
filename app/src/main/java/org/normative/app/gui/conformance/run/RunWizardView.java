package org.normative.app.gui.conformance.run;

import java.util.ResourceBundle;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.conformance.Cells;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.Submission;
import org.normative.conformance.suite.InstalledSuite;

/** The run wizard in a tab: the steps on the left, the test cases of the run with their live state on the right. */
public final class RunWizardView {

    private final RunWizardViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private ComboBox<String> editionBox;
    @FXML private ComboBox<InstalledSuite> suiteBox;
    @FXML private ListView<Choice<String>> classList;
    @FXML private ComboBox<Submission> submissionBox;
    @FXML private ListView<Choice<Artifact>> artifactList;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label status;
    @FXML private ListView<TestCaseProgress> progressList;

    public RunWizardView(RunWizardViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        editionBox.setId("wizard-edition");
        suiteBox.setId("wizard-suite");
        classList.setId("wizard-classes");
        submissionBox.setId("wizard-submission");
        artifactList.setId("wizard-artifacts");
        runButton.setId("wizard-run");
        cancelButton.setId("wizard-cancel");
        progressList.setId("wizard-progress");

        editionBox.setItems(viewModel.editions());
        editionBox.valueProperty().bindBidirectional(viewModel.editionProperty());
        suiteBox.setItems(viewModel.suites());
        Cells.labelled(suiteBox, viewModel::describe);
        suiteBox.valueProperty().bindBidirectional(viewModel.suiteProperty());
        classList.setItems(viewModel.classes());
        classList.setCellFactory(CheckBoxListCell.forListView(Choice::chosenProperty, converter()));
        submissionBox.getItems().setAll(viewModel.submissionsForSuite());
        viewModel.submissions().addListener((ListChangeListener<Submission>) c -> showSubmissions());
        viewModel.suiteProperty().addListener((o, a, b) -> showSubmissions());
        Cells.labelled(submissionBox, viewModel::describe);
        submissionBox.valueProperty().bindBidirectional(viewModel.submissionProperty());
        artifactList.setItems(viewModel.artifacts());
        artifactList.setCellFactory(CheckBoxListCell.forListView(Choice::chosenProperty, converter()));

        runButton.disableProperty().bind(viewModel.canRunProperty().not());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        progressBar.progressProperty().bind(viewModel.fractionProperty());
        status.textProperty().bind(viewModel.statusProperty());
        progressList.setItems(viewModel.progress());
        progressList.setCellFactory(list -> new ProgressCell());
    }

    private void showSubmissions() {
        Submission chosen = viewModel.submissionProperty().get();
        submissionBox.getItems().setAll(viewModel.submissionsForSuite());
        submissionBox.setValue(chosen);
    }

    private static <T> StringConverter<Choice<T>> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Choice<T> choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public Choice<T> fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }

    /** A test case of the run: its state or verdict (symbol, word and colour), its id and title; follows the run. */
    private final class ProgressCell extends ListCell<TestCaseProgress> {
        private TestCaseProgress shown;
        private final javafx.beans.InvalidationListener refresh = o -> show();

        @Override
        protected void updateItem(TestCaseProgress item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.stateProperty().removeListener(refresh);
            }
            shown = empty ? null : item;
            if (shown != null) {
                shown.stateProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            getStyleClass().removeIf(c -> c.startsWith("verdict-"));
            if (shown == null) {
                setText(null);
                return;
            }
            setText(viewModel.describe(shown) + "   " + shown.id() + "  " + shown.title());
            if (shown.verdictProperty().get() != null) {
                getStyleClass().add(VerdictText.styleClass(shown.verdictProperty().get()));
            }
        }
    }
}
