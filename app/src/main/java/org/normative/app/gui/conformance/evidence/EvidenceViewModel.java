package org.normative.app.gui.conformance.evidence;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.conformance.check.table.TableExcerpt;
import org.normative.conformance.evidence.PageRaster;
import org.normative.conformance.evidence.TextExcerpt;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;
import org.normative.conformance.workspace.ConformanceWorkspace;

/**
 * The evidence viewer: an artifact opened at a finding's location, read in the background and only around it. Text
 * (XML, JSON, YAML) shows a window of lines with the finding's line marked and its path (XPath, JSON pointer) named;
 * a table (CSV, TSV, XLSX) the rows around the finding's row with its column marked; a PDF the finding's page,
 * rendered to pixels.
 */
public final class EvidenceViewModel implements TabModel {

    /** How the artifact is shown. */
    public enum Mode {
        NONE,
        TEXT,
        TABLE,
        PAGE
    }

    /** Lines either side of the finding's line that are read. */
    public static final int TEXT_CONTEXT = 300;
    /** Rows either side of the finding's row that are read. */
    public static final int TABLE_CONTEXT = 100;
    private static final float PAGE_DPI = 110;

    private final ConformanceWorkspace conformance;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty artifactName = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<TextExcerpt.Line> lines = FXCollections.observableArrayList();
    private final IntegerProperty targetLine = new SimpleIntegerProperty(0);
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<TableExcerpt.Row> rows = FXCollections.observableArrayList();
    private final LongProperty targetRow = new SimpleLongProperty(0);
    private final IntegerProperty targetColumn = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PageRaster> page = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Artifact artifact;

    public EvidenceViewModel(ConformanceWorkspace conformance, Localization localization, TaskExecutor executor,
                             DialogService dialogs) {
        this.conformance = conformance;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    @Override
    public String tabKey() {
        return "evidence";
    }

    @Override
    public String tabTitle() {
        return localization.text("evidence.title");
    }

    /** Opens the artifact at the finding. */
    public void show(ArtifactRecord record, Finding finding) {
        Location at = finding.location();
        artifactName.set(record.name() + "  (" + MediaTypes.shortName(record.mediaType()) + ", " + record.sha256() + ")");
        location.set(localization.text("evidence.location", finding.ruleId(), at.toString(), finding.message()));
        lines.clear();
        rows.clear();
        header.clear();
        page.set(null);
        message.set("");
        Mode shown = modeOf(record.mediaType());
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.evidence", record.name()), progress -> {
                    artifact = conformance.artifact(record);
                    return switch (shown) {
                        case TEXT -> TextExcerpt.around(artifact.file(), at.line() == null ? 1 : at.line(), TEXT_CONTEXT);
                        case TABLE -> TableExcerpt.around(artifact, at.row() == null ? 1 : at.row(), TABLE_CONTEXT);
                        case PAGE -> PageRaster.render(artifact.file(), at.page() == null ? 1 : at.page(), PAGE_DPI);
                        case NONE -> Boolean.TRUE;
                    };
                })
                .onSuccess(read -> {
                    loading.set(false);
                    mode.set(shown);
                    if (read instanceof TextExcerpt text) {
                        targetLine.set(at.line() == null ? 0 : at.line());
                        lines.setAll(text.lines());
                    } else if (read instanceof TableExcerpt.Excerpt table) {
                        targetRow.set(at.row() == null ? 0 : at.row());
                        targetColumn.set(at.field() == null ? -1 : table.header().indexOf(at.field()));
                        header.setAll(table.header());
                        rows.setAll(table.rows());
                    } else if (read instanceof PageRaster raster) {
                        page.set(raster);
                    } else {
                        message.set(localization.text("evidence.notShown", MediaTypes.shortName(record.mediaType())));
                    }
                })
                .onFailure(error -> {
                    loading.set(false);
                    mode.set(Mode.NONE);
                    message.set(localization.describe(error));
                    dialogs.showError(localization.text("error.evidence"), localization.describe(error), error);
                })
                .executeWith(executor);
    }

    static Mode modeOf(String mediaType) {
        return switch (mediaType) {
            case MediaTypes.XML, MediaTypes.JSON, MediaTypes.JSON_LINES, MediaTypes.YAML, MediaTypes.TEXT -> Mode.TEXT;
            case MediaTypes.CSV, MediaTypes.TSV, MediaTypes.XLSX -> Mode.TABLE;
            case MediaTypes.PDF -> Mode.PAGE;
            default -> Mode.NONE;
        };
    }

    /** Another page of the PDF shown (the next, -1 the previous). */
    public void turnPage(int by) {
        PageRaster current = page.get();
        if (current == null || artifact == null) {
            return;
        }
        int wanted = current.page() + by;
        if (wanted < 1 || wanted > current.pageCount()) {
            return;
        }
        Artifact shown = artifact;
        BackgroundTask.wrap(localization.text("task.evidence", shown.name()), progress -> PageRaster.render(shown.file(), wanted, PAGE_DPI))
                .onSuccess(page::set)
                .onFailure(error -> dialogs.showError(localization.text("error.evidence"), localization.describe(error), error))
                .executeWith(executor);
    }

    /** "Page 3 of 12". */
    public String pageLabel(PageRaster raster) {
        return raster == null ? "" : localization.text("evidence.page", raster.page(), raster.pageCount());
    }

    /** The index in {@link #lines()} of the finding's line, or -1. */
    public int targetIndex() {
        List<TextExcerpt.Line> shown = lines;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).number() == targetLine.get()) {
                return i;
            }
        }
        return -1;
    }

    /** The index in {@link #rows()} of the finding's row, or -1. */
    public int targetRowIndex() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() == targetRow.get()) {
                return i;
            }
        }
        return -1;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty artifactNameProperty() {
        return artifactName;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<TextExcerpt.Line> lines() {
        return lines;
    }

    public IntegerProperty targetLineProperty() {
        return targetLine;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<TableExcerpt.Row> rows() {
        return rows;
    }

    public LongProperty targetRowProperty() {
        return targetRow;
    }

    public IntegerProperty targetColumnProperty() {
        return targetColumn;
    }

    public ObjectProperty<PageRaster> pageProperty() {
        return page;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
