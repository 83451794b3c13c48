package org.normative.app.gui.inspector;

import java.util.ResourceBundle;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.action.Action;

/** The inspector on the right: the properties of the navigator's selection. */
public final class InspectorView {

    private final InspectorViewModel viewModel;
    private final ResourceBundle bundle;
    private final Action showInGraph;

    @FXML private Label heading;
    @FXML private javafx.scene.control.Button showInGraphButton;
    @FXML private GridPane grid;
    @FXML private javafx.scene.control.ListView<String> impact;

    public InspectorView(InspectorViewModel viewModel, Action showInGraph, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.showInGraph = showInGraph;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        showInGraphButton.visibleProperty().bind(showInGraph.executable());
        showInGraphButton.managedProperty().bind(showInGraphButton.visibleProperty());
        showInGraphButton.setOnAction(event -> showInGraph.execute());
        showRows();
        viewModel.rows().addListener((ListChangeListener<InspectorRow>) change -> showRows());
        impact.setId("impact-list");
        impact.setItems(viewModel.impact());
        impact.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        impact.setPlaceholder(new Label(bundle.getString("inspector.impact.select")));
    }

    private void showRows() {
        grid.getChildren().clear();
        int line = 0;
        for (InspectorRow row : viewModel.rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("inspector-key");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label(row.value());
            value.setWrapText(true);
            grid.addRow(line++, name, value);
        }
    }
}
