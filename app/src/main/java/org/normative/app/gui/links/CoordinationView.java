package org.normative.app.gui.links;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.normative.app.gui.ViewLoader;
import org.normative.standards.library.Committee;

/** A committee's coordination list in a tab: a committee chooser and the two directions, each item with "Mark reviewed". */
public final class CoordinationView {

    private final CoordinationViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private ComboBox<Committee> committees;
    @FXML private ProgressIndicator loading;
    @FXML private ListView<CoordinationEntry> toReview;
    @FXML private ListView<CoordinationEntry> awaitingOthers;

    public CoordinationView(CoordinationViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        committees.setId("coordination-committee");
        committees.setItems(viewModel.committees());
        committees.setCellFactory(list -> new CommitteeCell());
        committees.setButtonCell(new CommitteeCell());
        showChosen();
        viewModel.committees().addListener((javafx.collections.ListChangeListener<Committee>) c -> showChosen());
        viewModel.committeeProperty().addListener((o, a, b) -> showChosen());
        committees.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.committeeProperty().set(b.code());
            }
        });
        loading.visibleProperty().bind(viewModel.loadingProperty());
        bindList(toReview, "coordination-to-review", viewModel.toReview());
        bindList(awaitingOthers, "coordination-awaiting", viewModel.awaitingOthers());
    }

    private void showChosen() {
        String code = viewModel.committeeProperty().get();
        viewModel.committees().stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(committees::setValue);
    }

    private void bindList(ListView<CoordinationEntry> list, String id, javafx.collections.ObservableList<CoordinationEntry> items) {
        list.setId(id);
        list.setItems(items);
        list.setPlaceholder(new Label(bundle.getString("coordination.none")));
        list.setCellFactory(view -> new EntryCell());
    }

    private final class CommitteeCell extends ListCell<Committee> {
        @Override
        protected void updateItem(Committee committee, boolean empty) {
            super.updateItem(committee, empty);
            setText(empty ? null : viewModel.describe(committee));
        }
    }

    private final class EntryCell extends ListCell<CoordinationEntry> {
        EntryCell() {
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(CoordinationEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label path = new Label(entry.path());
            path.getStyleClass().add("coordination-path");
            Label why = new Label(entry.why());
            why.setWrapText(true);
            VBox text = new VBox(2, path, why);
            if (!entry.note().isEmpty()) {
                Label note = new Label(entry.note());
                note.setWrapText(true);
                note.getStyleClass().add("text-muted");
                text.getChildren().add(note);
            }
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button reviewed = new Button(bundle.getString("coordination.markReviewed"));
            reviewed.getStyleClass().add("mark-reviewed");
            reviewed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            reviewed.setOnAction(event -> viewModel.markReviewed(entry));
            HBox row = new HBox(12, text, reviewed);
            row.getStyleClass().add("coordination-entry");
            setGraphic(row);
        }
    }
}
