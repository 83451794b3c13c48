package org.normative.app.gui.framework;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ResourceBundle;
import java.util.function.ToIntFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.TransferMode;
import org.normative.app.gui.ViewLoader;

/**
 * Framework coverage in a tab: the framework tree with standards per node by stage, gaps highlighted, a chart of
 * the top-level nodes, and editing (add a node, place a standard: from the toolbar, a row's context menu, or by
 * dropping a standard from the navigator on a node).
 */
public final class FrameworkCoverageView {

    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

    private final FrameworkCoverageViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private TreeTableView<CoverageRow> tree;
    @FXML private TreeTableColumn<CoverageRow, String> nodeColumn;
    @FXML private TreeTableColumn<CoverageRow, Integer> publishedColumn;
    @FXML private TreeTableColumn<CoverageRow, Integer> draftsColumn;
    @FXML private TreeTableColumn<CoverageRow, Integer> withdrawnColumn;
    @FXML private TreeTableColumn<CoverageRow, String> statusColumn;
    @FXML private StackedBarChart<String, Number> chart;
    @FXML private Label unplaced;
    @FXML private Button placeButton;
    @FXML private ProgressIndicator loading;

    public FrameworkCoverageView(FrameworkCoverageViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        tree.setId("coverage-tree");
        chart.setId("coverage-chart");
        nodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().label()));
        count(publishedColumn, CoverageRow::published);
        count(draftsColumn, CoverageRow::drafts);
        count(withdrawnColumn, CoverageRow::withdrawn);
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().getValue().gap() ? bundle.getString("coverage.gap") : ""));
        tree.setRowFactory(view -> new CoverageTableRow());
        tree.getSelectionModel().selectedItemProperty().addListener(
                (o, a, b) -> viewModel.selectedProperty().set(b == null ? null : b.getValue().code()));
        placeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        loading.visibleProperty().bind(viewModel.loadingProperty());

        show();
        viewModel.rows().addListener((ListChangeListener<CoverageRow>) c -> show());
        unplaced.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.unplaced().isEmpty() ? "" : java.text.MessageFormat.format(bundle.getString("coverage.unplaced"),
                        String.join(", ", viewModel.unplaced())), viewModel.unplaced()));
    }

    private static void count(TreeTableColumn<CoverageRow, Integer> column, ToIntFunction<CoverageRow> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue().getValue())));
    }

    /** The tree from the rows' depths (they come in tree order), keeping the selection; then the chart. */
    private void show() {
        String selected = viewModel.selectedProperty().get();
        TreeItem<CoverageRow> root = new TreeItem<>();
        Deque<TreeItem<CoverageRow>> parents = new ArrayDeque<>();
        TreeItem<CoverageRow> keep = null;
        for (CoverageRow row : viewModel.rows()) {
            while (parents.size() > row.depth()) {
                parents.pop();
            }
            TreeItem<CoverageRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            (parents.isEmpty() ? root : parents.peek()).getChildren().add(item);
            parents.push(item);
            if (row.code().equals(selected)) {
                keep = item;
            }
        }
        tree.setRoot(root);
        if (keep != null) {
            tree.getSelectionModel().select(keep);
        }
        showChart();
    }

    private void showChart() {
        XYChart.Series<String, Number> published = series("coverage.published");
        XYChart.Series<String, Number> drafts = series("coverage.drafts");
        XYChart.Series<String, Number> withdrawn = series("coverage.withdrawn");
        // codes keep the axis readable; the tree above names the nodes
        for (CoverageRow row : viewModel.topLevel()) {
            published.getData().add(new XYChart.Data<>(row.code(), row.published()));
            drafts.getData().add(new XYChart.Data<>(row.code(), row.drafts()));
            withdrawn.getData().add(new XYChart.Data<>(row.code(), row.withdrawn()));
        }
        chart.getData().setAll(java.util.List.of(published, drafts, withdrawn));
    }

    private XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(bundle.getString(key));
        return series;
    }

    @FXML
    private void addNode() {
        viewModel.addNode();
    }

    @FXML
    private void placeStandard() {
        viewModel.placeStandard(viewModel.selectedProperty().get());
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }

    /** A row: gaps highlighted, a context menu for editing, and a drop target for standards from the navigator. */
    private final class CoverageTableRow extends TreeTableRow<CoverageRow> {

        CoverageTableRow() {
            MenuItem addChild = new MenuItem(bundle.getString("coverage.addChild"));
            addChild.setOnAction(e -> viewModel.addNode());
            MenuItem place = new MenuItem(bundle.getString("coverage.placeHere"));
            place.setOnAction(e -> viewModel.placeStandard(getItem().code()));
            ContextMenu menu = new ContextMenu(addChild, place);
            contextMenuProperty().bind(javafx.beans.binding.Bindings.when(emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            setOnDragOver(event -> {
                if (getItem() != null && event.getDragboard().hasString()) {
                    event.acceptTransferModes(TransferMode.LINK);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                boolean done = getItem() != null && event.getDragboard().hasString();
                if (done) {
                    viewModel.place(event.getDragboard().getString(), getItem().code());
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(CoverageRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(GAP, !empty && row != null && row.gap());
        }
    }
}
