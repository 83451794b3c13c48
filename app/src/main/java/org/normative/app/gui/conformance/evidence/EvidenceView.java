package org.normative.app.gui.conformance.evidence;

import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import org.normative.app.gui.ViewLoader;
import org.normative.conformance.check.table.TableExcerpt;
import org.normative.conformance.evidence.PageRaster;
import org.normative.conformance.evidence.TextExcerpt;

/**
 * The evidence viewer in a tab: what is wrong and where on top; below it the lines (the finding's line marked and
 * scrolled to), the table (the finding's row and cell marked) or the PDF page.
 */
public final class EvidenceView {

    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    private final EvidenceViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Label artifactName;
    @FXML private Label findingLocation;
    @FXML private Label message;
    @FXML private ListView<TextExcerpt.Line> lineList;
    @FXML private TableView<TableExcerpt.Row> table;
    @FXML private ScrollPane pagePane;
    @FXML private ImageView pageImage;
    @FXML private HBox pageBar;
    @FXML private Label pageLabel;

    public EvidenceView(EvidenceViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        lineList.setId("evidence-lines");
        table.setId("evidence-table");
        pageImage.setId("evidence-page");
        findingLocation.setId("evidence-location");
        artifactName.textProperty().bind(viewModel.artifactNameProperty());
        findingLocation.textProperty().bind(viewModel.locationProperty());
        message.textProperty().bind(viewModel.messageProperty());
        showMode(lineList, EvidenceViewModel.Mode.TEXT);
        showMode(table, EvidenceViewModel.Mode.TABLE);
        showMode(pagePane, EvidenceViewModel.Mode.PAGE);
        showMode(pageBar, EvidenceViewModel.Mode.PAGE);

        lineList.setItems(viewModel.lines());
        lineList.setCellFactory(list -> new LineCell());
        viewModel.lines().addListener((ListChangeListener<TextExcerpt.Line>) c -> scrollToLine());
        scrollToLine();

        table.setItems(viewModel.rows());
        viewModel.header().addListener((ListChangeListener<String>) c -> showColumns());
        viewModel.rows().addListener((ListChangeListener<TableExcerpt.Row>) c -> scrollToRow());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TableExcerpt.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(TARGET, !empty && row != null && row.number() == viewModel.targetRowProperty().get());
            }
        });
        showColumns();
        scrollToRow();

        showPage(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((o, a, b) -> showPage(b));
    }

    private void showMode(javafx.scene.Node node, EvidenceViewModel.Mode mode) {
        node.visibleProperty().bind(viewModel.modeProperty().isEqualTo(mode));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void scrollToLine() {
        int index = viewModel.targetIndex();
        if (index >= 0) {
            lineList.getSelectionModel().select(index);
            lineList.scrollTo(Math.max(0, index - 8));
        }
    }

    private void showColumns() {
        List<String> names = viewModel.header();
        TableColumn<TableExcerpt.Row, String> number = new TableColumn<>(bundle.getString("evidence.row"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        number.getStyleClass().add("count-column");
        table.getColumns().setAll(List.of(number));
        int width = names.isEmpty() ? viewModel.rows().stream().mapToInt(r -> r.values().size()).max().orElse(0) : names.size();
        for (int i = 0; i < width; i++) {
            int column = i;
            TableColumn<TableExcerpt.Row, String> values = new TableColumn<>(i < names.size() ? names.get(i) : "#" + (i + 1));
            values.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    column < c.getValue().values().size() ? c.getValue().values().get(column) : ""));
            values.setCellFactory(c -> new ValueCell(column));
            if (column == viewModel.targetColumnProperty().get()) {
                values.getStyleClass().add("target-column");
            }
            table.getColumns().add(values);
        }
    }

    private void scrollToRow() {
        int index = viewModel.targetRowIndex();
        if (index >= 0) {
            table.getSelectionModel().select(index);
            table.scrollTo(Math.max(0, index - 5));
        }
    }

    private void showPage(PageRaster raster) {
        pageLabel.setText(viewModel.pageLabel(raster));
        if (raster == null) {
            pageImage.setImage(null);
            return;
        }
        WritableImage image = new WritableImage(raster.width(), raster.height());
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        pageImage.setImage(image);
    }

    @FXML
    private void previousPage() {
        viewModel.turnPage(-1);
    }

    @FXML
    private void nextPage() {
        viewModel.turnPage(1);
    }

    /** A line: its number, its text, marked when it is the finding's line. */
    private final class LineCell extends ListCell<TextExcerpt.Line> {
        @Override
        protected void updateItem(TextExcerpt.Line line, boolean empty) {
            super.updateItem(line, empty);
            boolean target = !empty && line != null && line.number() == viewModel.targetLineProperty().get();
            pseudoClassStateChanged(TARGET, target);
            setText(empty || line == null ? null
                    : String.format("%6d  %s%s", line.number(), line.text(), line.cut() ? " \u2026" : ""));
        }
    }

    /** A cell, marked when it is in the finding's row and column. */
    private final class ValueCell extends TableCell<TableExcerpt.Row, String> {
        private final int column;

        ValueCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            TableExcerpt.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            pseudoClassStateChanged(TARGET, row != null && row.number() == viewModel.targetRowProperty().get()
                    && column == viewModel.targetColumnProperty().get());
        }
    }
}
