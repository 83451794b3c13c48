package org.normative.app.gui.navigator;

import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.action.Action;
import org.normative.standards.search.SearchHit;

/** The navigator tree, its grouping switch and its filter field. */
public final class NavigatorView {

    private final NavigatorViewModel viewModel;
    private final Action open;
    private final ResourceBundle bundle;
    private boolean syncing;

    @FXML private ToggleButton byFramework;
    @FXML private ToggleButton byCommittee;
    @FXML private TextField filter;
    @FXML private TreeView<NavigatorNode> tree;
    @FXML private VBox resultsPane;
    @FXML private Label resultsTitle;
    @FXML private ListView<SearchHit> results;
    private final Consumer<SearchHit> openHit;

    public NavigatorView(NavigatorViewModel viewModel, Action open, Consumer<SearchHit> openHit, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.open = open;
        this.openHit = openHit;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        ToggleGroup grouping = new ToggleGroup();
        byFramework.setToggleGroup(grouping);
        byCommittee.setToggleGroup(grouping);
        byFramework.setUserData(Grouping.FRAMEWORK);
        byCommittee.setUserData(Grouping.COMMITTEE);
        (viewModel.groupingProperty().get() == Grouping.COMMITTEE ? byCommittee : byFramework).setSelected(true);
        grouping.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one grouping is always chosen
            } else {
                viewModel.groupingProperty().set((Grouping) b.getUserData());
            }
        });

        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        tree.setId("navigator-tree");
        tree.setCellFactory(view -> new javafx.scene.control.TreeCell<>() {
            {
                // a standard can be dropped on a framework node in the coverage view
                setOnDragDetected(event -> {
                    if (getItem() != null && getItem().isStandard()) {
                        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                        content.putString(getItem().code());
                        startDragAndDrop(javafx.scene.input.TransferMode.LINK).setContent(content);
                        event.consume();
                    }
                });
            }

            @Override
            protected void updateItem(NavigatorNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.label());
                setTooltip(empty || node == null ? null : new javafx.scene.control.Tooltip(node.label()));
                if (empty || node == null || node.badge().isEmpty()) {
                    setGraphic(null);
                } else {
                    javafx.scene.control.Label badge = new javafx.scene.control.Label(node.badge());
                    badge.getStyleClass().add("stage-badge");
                    setGraphic(badge);
                }
            }
        });
        showTree(viewModel.rootProperty().get());
        viewModel.rootProperty().addListener((o, a, b) -> showTree(b));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(b == null ? null : b.getValue());
            }
        });
        // a selection made elsewhere (a click in the link graph) shows in the tree too
        viewModel.selectedProperty().addListener((o, a, b) -> {
            TreeItem<NavigatorNode> current = tree.getSelectionModel().getSelectedItem();
            if (!syncing && b != null && (current == null || !b.equals(current.getValue()))) {
                syncing = true;
                try {
                    select(tree.getRoot(), b);
                } finally {
                    syncing = false;
                }
            }
        });
        tree.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                open.execute();
            }
        });
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open.execute();
            }
        });
        bindResults();
    }

    private void bindResults() {
        resultsPane.visibleProperty().bind(viewModel.showingResultsProperty());
        tree.visibleProperty().bind(viewModel.showingResultsProperty().not());
        results.setId("search-results");
        results.setItems(viewModel.searchResults());
        results.setPlaceholder(new Label(bundle.getString("navigator.noResults")));
        resultsTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> java.text.MessageFormat.format(bundle.getString("navigator.results"), viewModel.searchResults().size()),
                viewModel.searchResults()));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(viewModel.describe(hit) + (hit.snippet().isBlank() ? "" : "\n" + hit.snippet()));
                    setTooltip(new javafx.scene.control.Tooltip(hit.snippet()));
                }
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelectedHit();
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelectedHit();
            }
        });
    }

    private void openSelectedHit() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            openHit.accept(hit);
        }
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void clearSearch() {
        viewModel.clearSearch();
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void showTree(NavigatorNode root) {
        syncing = true;
        try {
            tree.setRoot(root == null ? null : item(root, !viewModel.filterProperty().get().isBlank()));
            NavigatorNode selected = viewModel.selectedProperty().get();
            if (selected != null) {
                select(tree.getRoot(), selected);
            }
        } finally {
            syncing = false;
        }
    }

    private void select(TreeItem<NavigatorNode> item, NavigatorNode wanted) {
        if (item == null) {
            return;
        }
        if (wanted.equals(item.getValue())) {
            tree.getSelectionModel().select(item);
            return;
        }
        item.getChildren().forEach(child -> select(child, wanted));
    }

    private static TreeItem<NavigatorNode> item(NavigatorNode node, boolean expandAll) {
        TreeItem<NavigatorNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child, expandAll)));
        item.setExpanded(expandAll || node.kind() == NavigatorNode.Kind.ROOT
                || node.children().stream().anyMatch(NavigatorNode::isStandard) || hasStandards(node));
        return item;
    }

    private static boolean hasStandards(NavigatorNode node) {
        return node.children().stream().anyMatch(c -> c.isStandard() || hasStandards(c));
    }
}
