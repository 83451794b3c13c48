package org.normative.app.gui.standard;

import java.util.List;
import java.util.ResourceBundle;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import org.normative.app.gui.ViewLoader;
import org.normative.standards.export.EditionExport;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;

/** A standard in a tab: header, edition chooser, clause outline and the read-only reader. */
public final class StandardView {

    private final StandardViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Label code;
    @FXML private Label title;
    @FXML private ComboBox<Edition> editions;
    @FXML private javafx.scene.control.Button openReview;
    @FXML private Label editionSummary;
    @FXML private ProgressIndicator loading;
    @FXML private Button editButton;
    @FXML private MenuButton stageButton;
    @FXML private Button newEditionButton;
    @FXML private Button compareButton;
    @FXML private Label baseline;
    @FXML private MenuButton exportButton;
    @FXML private TreeView<Clause> outline;
    @FXML private VBox reader;

    public StandardView(StandardViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        code.setText(viewModel.code());
        title.textProperty().bind(viewModel.titleProperty());
        editionSummary.textProperty().bind(viewModel.editionSummaryProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());

        editions.setItems(viewModel.editions());
        editions.setCellFactory(list -> new EditionCell());
        editions.setButtonCell(new EditionCell());
        editions.valueProperty().bindBidirectional(viewModel.selectedEditionProperty());
        openReview.disableProperty().bind(viewModel.selectedEditionProperty().isNull());
        openReview.setOnAction(event -> viewModel.openReview());

        editButton.setId("edit-edition");
        editButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.canEdit(viewModel.selectedEditionProperty().get()), viewModel.selectedEditionProperty()));
        stageButton.setId("move-stage");
        stageButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(stageButton.getItems()));
        showAllowedStages();
        viewModel.selectedEditionProperty().addListener((o, a, b) -> showAllowedStages());
        newEditionButton.setId("new-edition");
        newEditionButton.disableProperty().bind(viewModel.selectedEditionProperty().isNull());
        compareButton.setId("compare-editions");
        compareButton.disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.editions()).lessThan(2));
        baseline.textProperty().bind(viewModel.baselineProperty());
        exportButton.setId("export-edition");
        exportButton.disableProperty().bind(viewModel.selectedEditionProperty().isNull());

        outline.setId("clause-outline");
        outline.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(Clause clause, boolean empty) {
                super.updateItem(clause, empty);
                setText(empty || clause == null ? null : clause.number() + "  " + clause.heading());
            }
        });
        showOutline(viewModel.clauses());
        viewModel.clauses().addListener((ListChangeListener<Clause>) change -> showOutline(viewModel.clauses()));
        outline.getSelectionModel().selectedItemProperty().addListener(
                (o, a, b) -> viewModel.selectedClauseProperty().set(b == null ? null : b.getValue()));
        viewModel.selectedClauseProperty().addListener((o, a, b) -> selectInOutline(b));

        reader.setId("clause-reader");
        showReader();
        viewModel.reader().addListener((ListChangeListener<ReaderBlock>) change -> showReader());
    }

    /** Only the moves the lifecycle allows from the selected edition's stage are offered. */
    private void showAllowedStages() {
        stageButton.getItems().setAll(viewModel.allowedStages().stream().map(stage -> {
            MenuItem item = new MenuItem(viewModel.describe(stage));
            item.setId("stage-" + stage.code());
            item.setOnAction(a -> viewModel.moveTo(stage));
            return item;
        }).toList());
    }

    @FXML
    private void edit() {
        viewModel.edit();
    }

    @FXML
    private void exportPdf() {
        export(EditionExport.Format.PDF, "pdf");
    }

    @FXML
    private void exportDocx() {
        export(EditionExport.Format.DOCX, "docx");
    }

    @FXML
    private void exportXml() {
        export(EditionExport.Format.XML, "xml");
    }

    private void export(EditionExport.Format format, String extension) {
        viewModel.export(format, extension);
    }

    @FXML
    private void compare() {
        viewModel.compare();
    }

    @FXML
    private void newEdition() {
        viewModel.newEdition();
    }

    private void showOutline(List<Clause> clauses) {
        TreeItem<Clause> root = new TreeItem<>();
        clauses.forEach(clause -> root.getChildren().add(item(clause)));
        outline.setRoot(root);
    }

    private void selectInOutline(Clause clause) {
        TreeItem<Clause> selected = outline.getSelectionModel().getSelectedItem();
        if (clause == null || (selected != null && clause.equals(selected.getValue()))) {
            return;
        }
        find(outline.getRoot(), clause).ifPresent(item -> {
            outline.getSelectionModel().select(item);
            outline.scrollTo(outline.getRow(item));
        });
    }

    private static java.util.Optional<TreeItem<Clause>> find(TreeItem<Clause> item, Clause clause) {
        if (item == null) {
            return java.util.Optional.empty();
        }
        if (clause.equals(item.getValue())) {
            return java.util.Optional.of(item);
        }
        return item.getChildren().stream().map(child -> find(child, clause)).flatMap(java.util.Optional::stream).findFirst();
    }

    private static TreeItem<Clause> item(Clause clause) {
        TreeItem<Clause> item = new TreeItem<>(clause);
        item.setExpanded(true);
        clause.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private void showReader() {
        reader.getChildren().clear();
        for (ReaderBlock block : viewModel.reader()) {
            Label heading = new Label(block.number() + "  " + block.heading());
            heading.getStyleClass().add("clause-heading");
            heading.setWrapText(true);
            heading.setStyle("-fx-padding: " + (block.depth() == 0 ? 10 : 4) + " 0 0 " + block.depth() * 16 + ";");
            reader.getChildren().add(heading);
            if (!block.body().isBlank()) {
                Label body = new Label(block.body());
                body.getStyleClass().add("clause-body");
                body.setWrapText(true);
                body.setStyle("-fx-padding: 0 0 0 " + block.depth() * 16 + ";");
                reader.getChildren().add(body);
            }
        }
    }

    private final class EditionCell extends ListCell<Edition> {
        @Override
        protected void updateItem(Edition edition, boolean empty) {
            super.updateItem(edition, empty);
            setText(empty || edition == null ? null : viewModel.describe(edition));
        }
    }
}
