package org.normative.app.gui.redline;

import java.util.List;
import java.util.ResourceBundle;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.normative.app.gui.ViewLoader;
import org.normative.standards.diff.Change;
import org.normative.standards.diff.TextSegment;
import org.normative.standards.library.Edition;

/** The redline of two editions: each change as a card, side by side or inline, with word-level marks. */
public final class RedlineView {

    private final RedlineViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Label code;
    @FXML private ComboBox<Edition> from;
    @FXML private ComboBox<Edition> to;
    @FXML private ProgressIndicator loading;
    @FXML private RadioButton sideBySide;
    @FXML private RadioButton inline;
    @FXML private CheckBox significantOnly;
    @FXML private Label summary;
    @FXML private ListView<Change> changes;

    public RedlineView(RedlineViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        code.setText(viewModel.code());
        for (ComboBox<Edition> chooser : List.of(from, to)) {
            chooser.getItems().setAll(viewModel.editions());
            chooser.setCellFactory(list -> new EditionCell());
            chooser.setButtonCell(new EditionCell());
        }
        from.setId("redline-from");
        to.setId("redline-to");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        inline.setId("redline-inline");
        inline.setSelected(viewModel.inlineProperty().get());
        inline.selectedProperty().addListener((o, a, b) -> viewModel.inlineProperty().set(b));
        viewModel.inlineProperty().addListener((o, a, b) -> changes.refresh());
        significantOnly.setId("redline-significant-only");
        significantOnly.selectedProperty().bindBidirectional(viewModel.significantOnlyProperty());
        summary.setId("redline-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        changes.setId("redline-changes");
        changes.setItems(viewModel.changes());
        changes.setCellFactory(list -> new ChangeCell());
        viewModel.changes().addListener((ListChangeListener<Change>) c -> changes.scrollTo(0));
    }

    private final class ChangeCell extends ListCell<Change> {
        ChangeCell() {
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(Change change, boolean empty) {
            super.updateItem(change, empty);
            setText(null);
            setGraphic(empty || change == null ? null : card(change));
        }

        private Node card(Change change) {
            Label kind = new Label(viewModel.kind(change));
            kind.getStyleClass().addAll("redline-kind", "redline-" + change.type().name().toLowerCase(java.util.Locale.ROOT));
            Label key = new Label(change.key());
            key.getStyleClass().add("text-muted");
            HBox header = new HBox(8, kind, key);
            if (change.significant()) {
                Label significant = new Label(bundle.getString("redline.significant"));
                significant.getStyleClass().add("redline-significant");
                header.getChildren().add(significant);
            }
            VBox card = new VBox(4, header);
            card.getStyleClass().add("redline-card");
            List<String> details = viewModel.details(change);
            if (!details.isEmpty()) {
                Label detailText = new Label(String.join(" · ", details));
                detailText.setWrapText(true);
                detailText.getStyleClass().add(change.significant() ? "redline-detail-significant" : "redline-detail");
                card.getChildren().add(detailText);
            }
            card.getChildren().add(viewModel.inlineProperty().get() ? inlineText(change) : sideBySide(change));
            return card;
        }

        private Node inlineText(Change change) {
            if (change.wordDiff().isEmpty()) {
                return labels(change.beforeLabel(), change.afterLabel());
            }
            return flow(change.wordDiff(), true, true);
        }

        private Node sideBySide(Change change) {
            GridPane grid = new GridPane();
            grid.setHgap(16);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(half, half);
            if (change.wordDiff().isEmpty()) {
                grid.add(flowOf(change.beforeLabel(), "redline-deleted"), 0, 0);
                grid.add(flowOf(change.afterLabel(), "redline-inserted"), 1, 0);
            } else {
                grid.add(flow(change.wordDiff(), true, false), 0, 0);
                grid.add(flow(change.wordDiff(), false, true), 1, 0);
            }
            return grid;
        }

        private Node labels(String before, String after) {
            VBox both = new VBox(2);
            if (before != null) {
                both.getChildren().add(flowOf(before, "redline-deleted"));
            }
            if (after != null) {
                both.getChildren().add(flowOf(after, "redline-inserted"));
            }
            return both;
        }

        private TextFlow flowOf(String text, String style) {
            TextFlow flow = new TextFlow();
            if (text != null) {
                Text run = new Text(text);
                run.getStyleClass().addAll("redline-text", style);
                flow.getChildren().add(run);
            }
            return flow;
        }

        /** The word diff as one text: the earlier text's words, the later's, or both (inline). */
        private TextFlow flow(List<TextSegment> segments, boolean withDeleted, boolean withInserted) {
            TextFlow flow = new TextFlow();
            for (TextSegment segment : segments) {
                boolean shown = switch (segment.kind()) {
                    case EQUAL -> true;
                    case DELETED -> withDeleted;
                    case INSERTED -> withInserted;
                };
                if (shown) {
                    Text run = new Text(segment.text());
                    run.getStyleClass().add("redline-text");
                    if (segment.kind() != TextSegment.Kind.EQUAL) {
                        run.getStyleClass().add(segment.kind() == TextSegment.Kind.DELETED ? "redline-deleted" : "redline-inserted");
                        run.setStrikethrough(segment.kind() == TextSegment.Kind.DELETED);
                        run.setUnderline(segment.kind() == TextSegment.Kind.INSERTED);
                    }
                    flow.getChildren().add(run);
                }
            }
            return flow;
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
