package org.normative.app.gui.conformance.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.conformance.Cells;
import org.normative.app.gui.conformance.VerdictText;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunSummary;

/** The dashboard in a tab: runs over time by verdict, the most failing requirements, and the run history. */
public final class DashboardView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final DashboardViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private ComboBox<String> standardBox;
    @FXML private StackedBarChart<String, Number> runsChart;
    @FXML private BarChart<Number, String> failingChart;
    @FXML private TableView<RunSummary> historyTable;
    @FXML private TableColumn<RunSummary, String> startedColumn;
    @FXML private TableColumn<RunSummary, String> standardColumn;
    @FXML private TableColumn<RunSummary, String> suiteColumn;
    @FXML private TableColumn<RunSummary, String> subjectColumn;
    @FXML private TableColumn<RunSummary, String> verdictColumn;
    @FXML private TableView<FailingRequirement> failingTable;
    @FXML private TableColumn<FailingRequirement, String> requirementColumn;
    @FXML private TableColumn<FailingRequirement, String> failedRunsColumn;
    @FXML private TableColumn<FailingRequirement, String> systemsColumn;

    public DashboardView(DashboardViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        runsChart.setId("dashboard-runs-chart");
        failingChart.setId("dashboard-failing-chart");
        historyTable.setId("run-history");
        standardBox.setItems(viewModel.standards());
        Cells.labelled(standardBox, viewModel::describeStandard);
        standardBox.valueProperty().bindBidirectional(viewModel.standardProperty());

        historyTable.setItems(viewModel.history());
        text(startedColumn, r -> TIME.format(r.startedAt()));
        text(standardColumn, r -> r.standardCode() + "@" + r.edition());
        text(suiteColumn, RunSummary::suiteRef);
        text(subjectColumn, r -> (r.subject().organisation() + " \u00b7 " + r.subject().system() + " " + r.subject().version()).strip());
        text(verdictColumn, viewModel::verdict);
        historyTable.setRowFactory(table -> {
            TableRow<RunSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(RunSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeIf(c -> c.startsWith("verdict-"));
                    if (!empty && item != null) {
                        getStyleClass().add(VerdictText.styleClass(item.verdict()));
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        failingTable.setItems(viewModel.failing());
        text(requirementColumn, f -> f.standard() + "  " + f.requirement());
        text(failedRunsColumn, f -> String.valueOf(f.runs()));
        text(systemsColumn, f -> String.valueOf(f.systems()));

        showCharts();
        viewModel.perDay().addListener((ListChangeListener<DayCount>) c -> showCharts());
        viewModel.failing().addListener((ListChangeListener<FailingRequirement>) c -> showCharts());
    }

    private void showCharts() {
        Map<OverallVerdict, XYChart.Series<String, Number>> series = new EnumMap<>(OverallVerdict.class);
        for (OverallVerdict verdict : OverallVerdict.values()) {
            XYChart.Series<String, Number> one = new XYChart.Series<>();
            one.setName(viewModel.verdictName(verdict));
            series.put(verdict, one);
        }
        for (DayCount count : viewModel.perDay()) {
            series.get(count.verdict()).getData().add(new XYChart.Data<>(count.day(), count.count()));
        }
        runsChart.getData().setAll(List.copyOf(series.values()));
        XYChart.Series<Number, String> failing = new XYChart.Series<>();
        failing.setName(bundle.getString("dashboard.failedRuns"));
        List<FailingRequirement> top = viewModel.failing();
        for (int i = top.size() - 1; i >= 0; i--) {
            failing.getData().add(new XYChart.Data<>(top.get(i).runs(), top.get(i).requirement()));
        }
        failingChart.getData().setAll(List.of(failing));
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        Cells.text(column, value);
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }
}
