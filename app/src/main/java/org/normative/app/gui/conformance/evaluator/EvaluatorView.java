package org.normative.app.gui.conformance.evaluator;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.conformance.Cells;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.conformance.result.Verdict;

/** The evaluator's panel in a tab: the test cases (open manual ones first) on the left, the decision form on the right. */
public final class EvaluatorView {

    private final EvaluatorViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Label overall;
    @FXML private ListView<DecisionRow> rowList;
    @FXML private Label chosen;
    @FXML private Label decision;
    @FXML private TextField evaluator;
    @FXML private ComboBox<Verdict> verdict;
    @FXML private TextArea note;
    @FXML private Label attachment;
    @FXML private DatePicker expires;
    @FXML private TextArea statement;
    @FXML private Button judgeButton;
    @FXML private Button overrideButton;
    @FXML private Button waiveButton;

    public EvaluatorView(EvaluatorViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        rowList.setId("evaluator-cases");
        verdict.setId("evaluator-verdict");
        note.setId("evaluator-note");
        overall.setId("evaluator-overall");
        overall.textProperty().bind(viewModel.overallProperty());
        showStyle();
        viewModel.overallStyleProperty().addListener((o, a, b) -> showStyle());
        rowList.setItems(viewModel.rows());
        rowList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DecisionRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(c -> c.startsWith("verdict-"));
                setText(empty || row == null ? null : viewModel.describe(row));
                if (!empty && row != null) {
                    getStyleClass().add(VerdictText.styleClass(row.verdict()));
                }
            }
        });
        Cells.follow(rowList, viewModel.selectedProperty());
        show(viewModel.selectedProperty().get());
        viewModel.selectedProperty().addListener((o, a, b) -> show(b));
        evaluator.textProperty().bindBidirectional(viewModel.evaluatorProperty());
        verdict.getItems().setAll(viewModel.verdictChoices());
        Cells.labelled(verdict, viewModel::describe);
        verdict.valueProperty().bindBidirectional(viewModel.verdictProperty());
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        attachment.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.attachmentProperty().get() == null ? bundle.getString("evaluator.noAttachment")
                        : viewModel.attachmentProperty().get().getFileName().toString(), viewModel.attachmentProperty()));
        expires.valueProperty().bindBidirectional(viewModel.expiresProperty());
        statement.textProperty().bindBidirectional(viewModel.statementProperty());
        judgeButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() == null || !viewModel.selectedProperty().get().manual(),
                viewModel.selectedProperty()));
        overrideButton.disableProperty().bind(judgeButton.disableProperty().not().or(viewModel.selectedProperty().isNull()));
        waiveButton.disableProperty().bind(overrideButton.disableProperty().or(viewModel.expiresProperty().isNull()));
    }

    private void showStyle() {
        overall.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (!viewModel.overallStyleProperty().get().isEmpty()) {
            overall.getStyleClass().add(viewModel.overallStyleProperty().get());
        }
    }

    private void show(DecisionRow row) {
        chosen.setText(row == null ? "" : row.testCase() + "  " + row.title());
        decision.setText(row == null ? "" : row.decision());
    }

    @FXML
    private void judge() {
        viewModel.judge();
    }

    @FXML
    private void override() {
        viewModel.override();
    }

    @FXML
    private void waive() {
        viewModel.waive();
    }

    @FXML
    private void attach() {
        viewModel.chooseAttachment();
    }

    @FXML
    private void certify() {
        viewModel.certify();
    }

    @FXML
    private void issue() {
        viewModel.issue();
    }
}
