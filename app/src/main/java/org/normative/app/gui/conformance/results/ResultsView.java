package org.normative.app.gui.conformance.results;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.conformance.Cells;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.app.gui.i18n.Localization;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.result.Verdict;

/**
 * A run's results in a tab: the verdict on top, the tree on the left (verdicts as symbol, word and colour), the
 * selected row's details and the requirements behind its test case on the right.
 */
public final class ResultsView {

    private final ResultsViewModel viewModel;
    private final Localization localization;
    private final ResourceBundle bundle;

    @FXML private Label verdict;
    @FXML private Label heading;
    @FXML private ComboBox<Verdict> filter;
    @FXML private TextField search;
    @FXML private Button evidenceButton;
    @FXML private TreeView<ResultNode> tree;
    @FXML private TextArea details;
    @FXML private TableView<RequirementRow> requirementTable;
    @FXML private TableColumn<RequirementRow, String> requirementColumn;
    @FXML private TableColumn<RequirementRow, String> clauseColumn;
    @FXML private TableColumn<RequirementRow, String> statementColumn;

    public ResultsView(ResultsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.bundle = localization.bundle();
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        verdict.setId("run-verdict");
        tree.setId("results-tree");
        filter.setId("results-filter");
        search.setId("results-search");
        evidenceButton.setId("open-evidence");
        requirementTable.setId("results-requirements");
        verdict.textProperty().bind(viewModel.verdictProperty());
        showVerdictStyle();
        viewModel.verdictStyleProperty().addListener((o, a, b) -> showVerdictStyle());
        heading.textProperty().bind(viewModel.headingProperty());
        filter.getItems().setAll(viewModel.filterChoices());
        Cells.labelled(filter, viewModel::describeFilter);
        filter.valueProperty().bindBidirectional(viewModel.verdictFilterProperty());
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        tree.setShowRoot(false);
        tree.setCellFactory(view -> new ResultCell());
        showTree();
        viewModel.rootProperty().addListener((o, a, b) -> showTree());
        tree.getSelectionModel().selectedItemProperty().addListener(
                (o, a, b) -> viewModel.selectedProperty().set(b == null ? null : b.getValue()));
        evidenceButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() == null || !viewModel.selectedProperty().get().hasEvidence(),
                viewModel.selectedProperty()));
        details.textProperty().bind(viewModel.detailsProperty());

        requirementTable.setItems(viewModel.requirements());
        Cells.text(requirementColumn, RequirementRow::id);
        Cells.text(clauseColumn, r -> (r.clauseNumber() + "  " + r.clauseHeading()).strip());
        Cells.text(statementColumn, RequirementRow::statement);
        requirementTable.setRowFactory(table -> {
            TableRow<RequirementRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (row.getItem() != null) {
                    viewModel.openRequirement(row.getItem());
                }
            });
            return row;
        });
        requirementTable.setPlaceholder(new Label(bundle.getString("results.chooseTestCase")));
    }

    private void showVerdictStyle() {
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (!viewModel.verdictStyleProperty().get().isEmpty()) {
            verdict.getStyleClass().add(viewModel.verdictStyleProperty().get());
        }
    }

    /** The tree from the view model's, failing test cases expanded (so the way to a failure is open at once). */
    private void showTree() {
        ResultNode root = viewModel.rootProperty().get();
        tree.setRoot(root == null ? null : item(root));
    }

    private static TreeItem<ResultNode> item(ResultNode node) {
        TreeItem<ResultNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(node.kind() == ResultNode.Kind.RUN || node.kind() == ResultNode.Kind.CLASS
                || (node.kind() == ResultNode.Kind.TEST_CASE && node.verdict() != Verdict.PASS && node.children().size() <= 20));
        return item;
    }

    @FXML
    private void openEvidence() {
        viewModel.openEvidence();
    }

    @FXML
    private void exportPdf() {
        viewModel.export(ReportFormat.PDF);
    }

    @FXML
    private void exportXlsx() {
        viewModel.export(ReportFormat.XLSX);
    }

    @FXML
    private void exportJson() {
        viewModel.export(ReportFormat.JSON);
    }

    @FXML
    private void evaluate() {
        viewModel.evaluate();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }

    /** A row: the verdict as symbol, word and colour, then the label; a double-click on a finding opens its evidence. */
    private final class ResultCell extends TreeCell<ResultNode> {
        ResultCell() {
            setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && getItem() != null && getItem().hasEvidence()) {
                    viewModel.openEvidence();
                }
            });
        }

        @Override
        protected void updateItem(ResultNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeIf(c -> c.startsWith("verdict-") || c.equals("result-finding") || c.equals("result-note"));
            if (empty || node == null) {
                setText(null);
                return;
            }
            if (node.verdict() != null) {
                setText(new VerdictText(localization).of(node.verdict()) + "   " + node.label());
                getStyleClass().add(VerdictText.styleClass(node.verdict()));
            } else {
                setText(node.label());
                getStyleClass().add(node.kind() == ResultNode.Kind.FINDING ? "result-finding" : "result-note");
            }
        }
    }
}
