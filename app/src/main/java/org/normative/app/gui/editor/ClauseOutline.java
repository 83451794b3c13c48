package org.normative.app.gui.editor;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;

/**
 * The editor's clause outline: follows the draft's tree and the selected clause both ways, marks clauses with
 * editorial problems, and moves clauses by drag and drop (upper quarter of a row: before it; lower quarter: after
 * it; the middle: as its last subclause).
 */
final class ClauseOutline {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final String CLAUSE_FORMAT = "normative/clause-key";

    private final EditorViewModel viewModel;
    private TreeView<Clause> tree;
    private boolean showing;

    ClauseOutline(EditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void attach(TreeView<Clause> outline) {
        this.tree = outline;
        outline.setId("editor-outline");
        outline.setCellFactory(view -> new ClauseCell());
        outline.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!showing) {
                viewModel.select(item == null || item.getValue() == null ? null : item.getValue().key());
            }
        });
        viewModel.selectedKeyProperty().addListener((o, a, key) -> select(key));
    }

    void show(EditionContent content) {
        showing = true;
        try {
            TreeItem<Clause> root = new TreeItem<>();
            content.clauses().forEach(clause -> root.getChildren().add(item(clause)));
            tree.setRoot(root);
        } finally {
            showing = false;
        }
        select(viewModel.selectedKeyProperty().get());
    }

    private void select(String key) {
        TreeItem<Clause> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() != null && selected.getValue().key().equals(key)) {
            return;
        }
        showing = true;
        try {
            TreeItem<Clause> item = key == null ? null : find(tree.getRoot(), key);
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            }
        } finally {
            showing = false;
        }
    }

    private static TreeItem<Clause> find(TreeItem<Clause> item, String key) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().key().equals(key)) {
            return item;
        }
        for (TreeItem<Clause> child : item.getChildren()) {
            TreeItem<Clause> found = find(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeItem<Clause> item(Clause clause) {
        TreeItem<Clause> item = new TreeItem<>(clause);
        item.setExpanded(true);
        clause.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private final class ClauseCell extends TreeCell<Clause> {

        ClauseCell() {
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(javafx.scene.input.DataFormat.PLAIN_TEXT, CLAUSE_FORMAT + ":" + getItem().key());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (draggedKey(event) != null && getItem() != null && !getItem().key().equals(draggedKey(event))) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                String key = draggedKey(event);
                boolean done = key != null && getItem() != null && drop(key, event.getY() / Math.max(1, getHeight()));
                event.setDropCompleted(done);
                event.consume();
            });
        }

        /** Drops {@code key} before, after or into this cell's clause, by where in the row it falls. */
        private boolean drop(String key, double where) {
            Clause target = getItem();
            if (where > 0.25 && where < 0.75) {
                return viewModel.moveTo(key, target.key(), Integer.MAX_VALUE);
            }
            TreeItem<Clause> parent = getTreeItem().getParent();
            String parentKey = parent == null || parent.getValue() == null ? null : parent.getValue().key();
            List<TreeItem<Clause>> siblings = parent == null ? List.of() : parent.getChildren();
            int index = siblings.indexOf(getTreeItem()) + (where >= 0.75 ? 1 : 0);
            int from = siblings.stream().map(TreeItem::getValue).map(Clause::key).toList().indexOf(key);
            if (from >= 0 && from < index) {
                index--; // the dragged clause leaves its place before the target first
            }
            return viewModel.moveTo(key, parentKey, index);
        }

        @Override
        protected void updateItem(Clause clause, boolean empty) {
            super.updateItem(clause, empty);
            setText(empty || clause == null ? null : clause.number() + "  " + clause.heading());
            pseudoClassStateChanged(PROBLEM, !empty && clause != null && viewModel.hasProblems(clause.key()));
        }
    }

    private static String draggedKey(DragEvent event) {
        String text = event.getDragboard().hasString() ? event.getDragboard().getString() : null;
        return text != null && text.startsWith(CLAUSE_FORMAT + ":") ? text.substring(CLAUSE_FORMAT.length() + 1) : null;
    }
}
