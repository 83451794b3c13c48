package org.normative.app.gui.conformance.suites;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.conformance.Cells;
import org.normative.app.gui.conformance.FileDrops;
import org.normative.conformance.suite.InstalledSuite;

/**
 * The suites in a tab: the list on the left; on the right the traceability matrix (requirements without a test case
 * stand out; double-click opens the clause) and the test cases (manual ones, which the tool cannot decide, stand out).
 * Suite folders and zips dropped anywhere on it are imported.
 */
public final class SuitesView {

    private static final PseudoClass UNCOVERED = PseudoClass.getPseudoClass("uncovered");
    private static final PseudoClass NOT_TESTABLE = PseudoClass.getPseudoClass("not-testable");

    private final SuitesViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private BorderPane root;
    @FXML private ListView<InstalledSuite> suiteList;
    @FXML private Label heading;
    @FXML private Label coverage;
    @FXML private ProgressIndicator loading;
    @FXML private TableView<MatrixRow> matrix;
    @FXML private TableColumn<MatrixRow, String> requirementColumn;
    @FXML private TableColumn<MatrixRow, String> clauseColumn;
    @FXML private TableColumn<MatrixRow, String> obligationColumn;
    @FXML private TableColumn<MatrixRow, String> statementColumn;
    @FXML private TableColumn<MatrixRow, String> verifiedByColumn;
    @FXML private TableView<TestCaseRow> testCaseTable;
    @FXML private TableColumn<TestCaseRow, String> testCaseColumn;
    @FXML private TableColumn<TestCaseRow, String> titleColumn;
    @FXML private TableColumn<TestCaseRow, String> classColumn;
    @FXML private TableColumn<TestCaseRow, String> kindColumn;
    @FXML private TableColumn<TestCaseRow, String> verifiesColumn;
    @FXML private TableColumn<TestCaseRow, String> noteColumn;

    public SuitesView(SuitesViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        suiteList.setId("suite-list");
        matrix.setId("traceability-matrix");
        testCaseTable.setId("suite-test-cases");
        suiteList.setItems(viewModel.suites());
        suiteList.setCellFactory(list -> Cells.labelled(viewModel::describe));
        Cells.follow(suiteList, viewModel.selectedProperty());
        heading.textProperty().bind(viewModel.headingProperty());
        coverage.textProperty().bind(viewModel.coverageProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());

        matrix.setItems(viewModel.matrix());
        text(requirementColumn, MatrixRow::requirementId);
        text(clauseColumn, r -> (r.clauseNumber() + "  " + r.clauseHeading()).strip());
        text(obligationColumn, MatrixRow::obligation);
        text(statementColumn, MatrixRow::statement);
        text(verifiedByColumn, r -> r.uncovered() ? bundle.getString("suites.noTestCase") : String.join("\n", r.testCases()));
        matrix.setRowFactory(table -> {
            TableRow<MatrixRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MatrixRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(UNCOVERED, !empty && item != null && item.uncovered());
                    pseudoClassStateChanged(NOT_TESTABLE, !empty && item != null && item.notTestable());
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    viewModel.openRequirement(row.getItem());
                }
            });
            return row;
        });
        matrix.setPlaceholder(new Label(bundle.getString("suites.nothing")));

        testCaseTable.setItems(viewModel.testCases());
        text(testCaseColumn, TestCaseRow::id);
        text(titleColumn, TestCaseRow::title);
        text(classColumn, TestCaseRow::classId);
        text(kindColumn, TestCaseRow::kinds);
        text(verifiesColumn, r -> String.join("\n", r.requirements()));
        text(noteColumn, r -> !r.unknownRequirements().isEmpty()
                ? java.text.MessageFormat.format(bundle.getString("suites.unknownRequirements"),
                        String.join(", ", r.unknownRequirements()))
                : r.notTestable() ? java.text.MessageFormat.format(bundle.getString("suites.notTestable"), r.notTestableReason())
                : r.manual() ? bundle.getString("suites.manual") : "");
        testCaseTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TestCaseRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(NOT_TESTABLE, !empty && item != null && item.standsOut());
            }
        });
        FileDrops.accept(root, viewModel::importSuites);
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        Cells.text(column, value);
    }

    @FXML
    private void importSuite() {
        viewModel.chooseAndImport();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }
}
