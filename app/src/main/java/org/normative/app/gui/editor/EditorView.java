package org.normative.app.gui.editor;

import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.normative.app.gui.ViewLoader;
import org.normative.standards.check.Finding;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Standard;
import org.normative.standards.library.Term;

/**
 * The editor of a draft edition. Keys: Ctrl+S save, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo, Ctrl+Enter a
 * new clause after the selected one (Ctrl+Shift+Enter a subclause), Alt+Up / Alt+Down move, Alt+Right / Alt+Left
 * indent and outdent, Delete in the outline removes, F7 runs the editorial checks. The outline also takes drags:
 * dropped on a clause's upper or lower edge a clause goes before or after it, dropped on its middle it becomes its
 * last subclause.
 */
public final class EditorView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEW_CLAUSE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW_SUBCLAUSE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination INDENT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private static final KeyCombination OUTDENT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private final EditorViewModel viewModel;
    private final ResourceBundle bundle;
    private final StyleClassedTextArea body = new StyleClassedTextArea();
    private final ClauseOutline clauseOutline;

    @FXML private Label code;
    @FXML private Label title;
    @FXML private Label stage;
    @FXML private Button saveButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button deleteButton;
    @FXML private ProgressIndicator busy;
    @FXML private HBox conflictBanner;
    @FXML private TreeView<Clause> outline;
    @FXML private TextField heading;
    @FXML private StackPane bodySlot;
    @FXML private TableView<Requirement> requirements;
    @FXML private TableColumn<Requirement, String> idColumn;
    @FXML private TableColumn<Requirement, String> obligationColumn;
    @FXML private TableColumn<Requirement, String> statementColumn;
    @FXML private TableColumn<Requirement, String> classColumn;
    @FXML private TableColumn<Requirement, Number> revisionColumn;
    @FXML private TextField newStatement;
    @FXML private Label detected;
    @FXML private Button removeRequirementButton;
    @FXML private TableView<Term> terms;
    @FXML private TableColumn<Term, String> termColumn;
    @FXML private TableColumn<Term, String> definitionColumn;
    @FXML private TableColumn<Term, String> sourceColumn;
    @FXML private TextField newTerm;
    @FXML private TextField newDefinition;
    @FXML private TextField newSource;
    @FXML private TableView<Reference> references;
    @FXML private TableColumn<Reference, String> citationColumn;
    @FXML private TableColumn<Reference, String> referenceTitleColumn;
    @FXML private TableColumn<Reference, String> normativeColumn;
    @FXML private TextField referenceQuery;
    @FXML private ComboBox<String> referenceEdition;
    @FXML private CheckBox referenceNormative;
    @FXML private ListView<Standard> referenceCandidates;
    @FXML private ListView<Finding> problems;

    public EditorView(EditorViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.clauseOutline = new ClauseOutline(viewModel);
    }

    public Parent load() {
        Parent root = ViewLoader.load(this, bundle);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        return root;
    }

    @FXML
    private void initialize() {
        code.setText(viewModel.code());
        title.setText(viewModel.titleText());
        Edition edition = viewModel.edition();
        stage.setText(edition.label() + " · " + edition.stage().label(java.util.Locale.forLanguageTag(bundle.getLocale().toLanguageTag())));
        saveButton.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.busyProperty()));
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
        deleteButton.disableProperty().bind(viewModel.selectedKeyProperty().isNull());
        busy.visibleProperty().bind(viewModel.busyProperty());
        conflictBanner.visibleProperty().bind(viewModel.conflictProperty().isNotNull());
        conflictBanner.managedProperty().bind(conflictBanner.visibleProperty());
        conflictBanner.setId("editor-conflict");

        clauseOutline.attach(outline);
        heading.setId("editor-heading");
        heading.textProperty().bindBidirectional(viewModel.headingProperty());
        heading.disableProperty().bind(viewModel.selectedKeyProperty().isNull());
        body.setId("editor-body");
        body.setWrapText(true);
        body.getStyleClass().add("clause-editor");
        body.disableProperty().bind(viewModel.selectedKeyProperty().isNull());
        bodySlot.getChildren().setAll(new VirtualizedScrollPane<>(body));
        new VerbalFormHighlighter(viewModel, body).attach();
        bindBody();

        requirementsTable();
        newStatement.setId("editor-new-statement");
        newStatement.textProperty().bindBidirectional(viewModel.newStatementProperty());
        newStatement.setOnAction(e -> viewModel.addRequirement());
        newStatement.disableProperty().bind(viewModel.selectedKeyProperty().isNull());
        detected.setId("editor-detected");
        detected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.describe(viewModel.newObligationProperty().get()), viewModel.newObligationProperty()));
        removeRequirementButton.disableProperty().bind(requirements.getSelectionModel().selectedItemProperty().isNull());

        termsTable();
        referencesTable();

        problems.setId("editor-problems");
        problems.setItems(viewModel.problems());
        problems.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setText(empty || finding == null ? null : viewModel.describe(finding));
                getStyleClass().removeAll("severity-ERROR", "severity-WARNING", "severity-INFO");
                if (!empty && finding != null) {
                    getStyleClass().add("severity-" + finding.severity().name());
                }
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((o, a, finding) -> {
            if (finding != null && finding.location().clause() != null) {
                viewModel.select(finding.location().clause());
            }
        });
        viewModel.problems().addListener((ListChangeListener<Finding>) c -> outline.refresh());
        viewModel.contentProperty().addListener((o, a, content) -> showContent(content));
        showContent(viewModel.contentProperty().get());
    }

    /** The text area and the view model's body follow each other; a new selection replaces the whole text. */
    private void bindBody() {
        body.replaceText(viewModel.bodyProperty().get());
        viewModel.bodyProperty().addListener((o, a, text) -> {
            if (!text.equals(body.getText())) {
                body.replaceText(text);
                body.getUndoManager().forgetHistory();
            }
        });
        body.textProperty().addListener((o, a, text) -> {
            if (!text.equals(viewModel.bodyProperty().get())) {
                viewModel.bodyProperty().set(text);
            }
        });
    }

    private void showContent(EditionContent content) {
        if (content == null) {
            return;
        }
        clauseOutline.show(content);
        terms.getItems().setAll(content.terms());
        references.getItems().setAll(content.references());
    }

    private void requirementsTable() {
        requirements.setId("editor-requirements");
        requirements.setItems(viewModel.requirements());
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        obligationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.describe(c.getValue().obligation())));
        statementColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statement()));
        statementColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        statementColumn.setOnEditCommit(e -> viewModel.editRequirement(e.getRowValue().id(), e.getNewValue(),
                e.getRowValue().requirementClass()));
        classColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().requirementClass()));
        classColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        classColumn.setOnEditCommit(e -> viewModel.editRequirement(e.getRowValue().id(), e.getRowValue().statement(),
                e.getNewValue()));
        revisionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revision()));
    }

    private void termsTable() {
        terms.setId("editor-terms");
        termColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().term()));
        definitionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().definition()));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
    }

    private void referencesTable() {
        references.setId("editor-references");
        citationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().citation()));
        referenceTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        normativeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                bundle.getString(c.getValue().normative() ? "editor.reference.normative" : "editor.reference.informative")));
        referenceCandidates.setId("editor-reference-candidates");
        referenceCandidates.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Standard standard, boolean empty) {
                super.updateItem(standard, empty);
                setText(empty || standard == null ? null
                        : standard.code() + "  " + standard.title().in(java.util.Locale.forLanguageTag(bundle.getLocale().toLanguageTag())));
            }
        });
        referenceQuery.textProperty().addListener((o, a, query) -> referenceCandidates.getItems().setAll(viewModel.referenceCandidates(query)));
        referenceCandidates.getSelectionModel().selectedItemProperty().addListener((o, a, standard) -> {
            referenceEdition.getItems().setAll(standard == null ? List.of()
                    : standard.editions().stream().map(Edition::label).toList());
            referenceEdition.setValue(null);
        });
    }

    private void shortcut(KeyEvent event) {
        Runnable action = null;
        if (SAVE.match(event)) {
            action = viewModel::save;
        } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
            action = body.isFocused() && body.isRedoAvailable() ? body::redo : viewModel::redo;
        } else if (UNDO.match(event)) {
            action = body.isFocused() && body.isUndoAvailable() ? body::undo : viewModel::undo;
        } else if (NEW_SUBCLAUSE.match(event)) {
            action = this::addSubclause;
        } else if (NEW_CLAUSE.match(event)) {
            action = this::addClause;
        } else if (MOVE_UP.match(event)) {
            action = viewModel::moveUp;
        } else if (MOVE_DOWN.match(event)) {
            action = viewModel::moveDown;
        } else if (INDENT.match(event)) {
            action = viewModel::indent;
        } else if (OUTDENT.match(event)) {
            action = viewModel::outdent;
        } else if (event.getCode() == KeyCode.F7) {
            action = viewModel::check;
        } else if (event.getCode() == KeyCode.DELETE && outline.isFocused()) {
            action = viewModel::removeSelected;
        }
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void addClause() {
        viewModel.addClause(false);
        heading.requestFocus();
        heading.selectAll();
    }

    @FXML
    private void addSubclause() {
        viewModel.addClause(true);
        heading.requestFocus();
        heading.selectAll();
    }

    @FXML
    private void delete() {
        viewModel.removeSelected();
    }

    @FXML
    private void moveUp() {
        viewModel.moveUp();
    }

    @FXML
    private void moveDown() {
        viewModel.moveDown();
    }

    @FXML
    private void indent() {
        viewModel.indent();
    }

    @FXML
    private void outdent() {
        viewModel.outdent();
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void keepMine() {
        viewModel.keepMine();
    }

    @FXML
    private void takeTheirs() {
        viewModel.takeTheirs();
    }

    @FXML
    private void addRequirement() {
        viewModel.addRequirement();
    }

    @FXML
    private void removeRequirement() {
        Requirement selected = requirements.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeRequirement(selected.id());
        }
    }

    @FXML
    private void addTerm() {
        viewModel.addTerm(newTerm.getText(), newDefinition.getText(), newSource.getText());
        newTerm.clear();
        newDefinition.clear();
        newSource.clear();
    }

    @FXML
    private void removeTerm() {
        Term selected = terms.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeTerm(selected.key());
        }
    }

    @FXML
    private void addReference() {
        Standard picked = referenceCandidates.getSelectionModel().getSelectedItem();
        String citedCode = picked != null ? picked.code() : referenceQuery.getText();
        String citedTitle = picked != null ? picked.title().in(java.util.Locale.forLanguageTag(bundle.getLocale().toLanguageTag())) : "";
        viewModel.addReference(citedCode, referenceEdition.getValue(), citedTitle, referenceNormative.isSelected());
    }

    @FXML
    private void removeReference() {
        Reference selected = references.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeReference(selected.key());
        }
    }
}
