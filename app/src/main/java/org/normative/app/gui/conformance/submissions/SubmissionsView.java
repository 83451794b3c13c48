package org.normative.app.gui.conformance.submissions;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.conformance.Cells;
import org.normative.app.gui.conformance.FileDrops;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.Submission;

/** Submissions in a tab: the list, and the chosen one's artifacts with role, media type, size and SHA-256; a drop target. */
public final class SubmissionsView {

    private final SubmissionsViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private ListView<Submission> submissionList;
    @FXML private VBox dropZone;
    @FXML private TableView<Artifact> artifactTable;
    @FXML private TableColumn<Artifact, String> nameColumn;
    @FXML private TableColumn<Artifact, String> roleColumn;
    @FXML private TableColumn<Artifact, String> typeColumn;
    @FXML private TableColumn<Artifact, String> sizeColumn;
    @FXML private TableColumn<Artifact, String> hashColumn;

    public SubmissionsView(SubmissionsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        submissionList.setId("submission-list");
        artifactTable.setId("submission-artifacts");
        submissionList.setItems(viewModel.submissions());
        submissionList.setCellFactory(list -> Cells.labelled(viewModel::describe));
        Cells.follow(submissionList, viewModel.selectedProperty());
        artifactTable.setItems(viewModel.artifacts());
        artifactTable.setPlaceholder(new Label(bundle.getString("submissions.dropHere")));
        Cells.text(nameColumn, Artifact::name);
        Cells.text(roleColumn, Artifact::role);
        Cells.text(typeColumn, viewModel::mediaType);
        Cells.text(sizeColumn, a -> String.format("%,d", a.size()));
        Cells.text(hashColumn, Artifact::sha256);
        FileDrops.accept(dropZone, viewModel::addFiles);
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }
}
