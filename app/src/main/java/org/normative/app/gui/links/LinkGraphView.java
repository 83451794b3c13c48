package org.normative.app.gui.links;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.normative.app.gui.ViewLoader;
import org.normative.app.gui.action.Action;
import org.normative.app.gui.links.layout.GraphLayout;

/**
 * The link graph in a tab: filters that are also the legend on the left, the drawing (plain shapes in a pane) in a
 * scroll pane on the right. Ctrl + wheel or the buttons zoom. A click selects a standard, a double-click opens it.
 */
public final class LinkGraphView {

    private static final double ARROW_LENGTH = 9;
    private static final double ZOOM_STEP = 1.2;
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 3;
    private static final double MIN_FIT = 0.6;

    private final LinkGraphViewModel viewModel;
    private final Action open;
    private final ResourceBundle bundle;
    private final Pane canvas = new Pane();
    private double zoom = 1;
    private boolean fitting = true; // until people zoom themselves, the drawing fits the window

    @FXML private VBox committeeFilters;
    @FXML private VBox typeFilters;
    @FXML private Label suspectSample;
    @FXML private ScrollPane scroll;
    @FXML private Label emptyHint;
    @FXML private ProgressIndicator loading;

    public LinkGraphView(LinkGraphViewModel viewModel, Action open, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.open = open;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, bundle);
    }

    @FXML
    private void initialize() {
        canvas.setId("link-graph");
        canvas.getStyleClass().add("graph-canvas");
        scroll.setContent(new Group(canvas));
        scroll.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown()) {
                zoomIn(event.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
                event.consume();
            }
        });
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fitIfFitting());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        suspectSample.setGraphic(sample("graph-edge", "suspect"));

        showFilters(committeeFilters, viewModel.committeeFilters(), "filter-committee-", true);
        showFilters(typeFilters, viewModel.typeFilters(), "filter-type-", false);
        viewModel.committeeFilters().addListener((ListChangeListener<GraphFilter>) c ->
                showFilters(committeeFilters, viewModel.committeeFilters(), "filter-committee-", true));
        viewModel.typeFilters().addListener((ListChangeListener<GraphFilter>) c ->
                showFilters(typeFilters, viewModel.typeFilters(), "filter-type-", false));

        draw(viewModel.pictureProperty().get());
        viewModel.pictureProperty().addListener((o, a, b) -> draw(b));
        viewModel.selectedProperty().addListener((o, a, b) -> {
            markSelected();
            reveal(b);
        });
    }

    private void showFilters(VBox box, java.util.List<GraphFilter> filters, String idPrefix, boolean swatch) {
        box.getChildren().clear();
        for (GraphFilter filter : filters) {
            CheckBox check = new CheckBox(filter.label());
            check.setId(idPrefix + (filter.key().isEmpty() ? "outside" : filter.key()));
            check.selectedProperty().bindBidirectional(filter.shownProperty());
            check.setGraphic(swatch ? swatch(filter.styleClass()) : sample("graph-edge", filter.styleClass()));
            check.setMnemonicParsing(false);
            check.setWrapText(true);
            check.setTooltip(new Tooltip(filter.description()));
            box.getChildren().add(check);
        }
    }

    private static Node swatch(String styleClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", styleClass);
        return swatch;
    }

    private static Node sample(String... styleClasses) {
        Line line = new Line(0, 0, 26, 0);
        line.getStyleClass().addAll(styleClasses);
        return line;
    }

    private void draw(GraphPicture picture) {
        canvas.setPrefSize(picture.width(), picture.height());
        canvas.setMinSize(picture.width(), picture.height());
        emptyHint.setVisible(picture.nodes().isEmpty() && !viewModel.loadingProperty().get());
        List<Node> shapes = new ArrayList<>(picture.edges().size() * 3 + picture.nodes().size());
        for (GraphEdge edge : picture.edges()) {
            drawEdge(edge, shapes);
        }
        for (GraphNode node : picture.nodes()) {
            shapes.add(nodeBox(node));
        }
        // placed by the layout, so unmanaged and sized here, and added at once: the scroll pane watches the bounds of
        // the drawing, and a pane that lays out and adds its children one by one recomputes them once per child
        // (a 126 s stall for 1,000 standards, docs/performance.md)
        shapes.forEach(shape -> shape.setManaged(false));
        canvas.getChildren().setAll(shapes);
        fitIfFitting();
        markSelected();
        reveal(viewModel.selectedProperty().get());
    }

    private void drawEdge(GraphEdge edge, List<Node> shapes) {
        double[] points = edge.route().stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(p.x(), p.y())).toArray();
        Polyline line = new Polyline(points);
        line.getStyleClass().addAll("graph-edge", edge.styleClass());
        Polygon arrow = arrowHead(edge.route());
        arrow.getStyleClass().addAll("graph-arrow", edge.styleClass());
        if (edge.suspect()) {
            line.getStyleClass().add("suspect");
            arrow.getStyleClass().add("suspect");
        }
        // a thin line is hard to point at: a wide invisible twin carries the tooltip
        Polyline hit = new Polyline(points);
        hit.getStyleClass().add("graph-edge-hit");
        installTooltipOnHover(hit, edge.tooltip());
        shapes.addAll(List.of(line, arrow, hit));
    }

    private static Polygon arrowHead(java.util.List<GraphLayout.Point> route) {
        GraphLayout.Point tip = route.get(route.size() - 1);
        GraphLayout.Point before = route.get(route.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * ARROW_LENGTH;
        double baseY = tip.y() - uy * ARROW_LENGTH;
        double half = ARROW_LENGTH / 2;
        return new Polygon(tip.x(), tip.y(), baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half);
    }

    private Node nodeBox(GraphNode node) {
        Label code = new Label(node.code());
        code.getStyleClass().add("graph-node-code");
        Label title = new Label(node.title());
        title.getStyleClass().add("graph-node-title");
        title.setMaxWidth(node.width() - 16); // the full title is in the tooltip
        VBox box = new VBox(code, title);
        box.getStyleClass().addAll("graph-node", node.styleClass());
        box.setId("graph-node-" + node.code().replaceAll("[^A-Za-z0-9]+", "-"));
        box.setUserData(node.code());
        box.setPrefSize(node.width(), node.height());
        box.setMinSize(node.width(), node.height());
        box.setMaxSize(node.width(), node.height());
        box.resize(node.width(), node.height());
        box.relocate(node.x() - node.width() / 2, node.y() - node.height() / 2);
        installTooltipOnHover(box, node.tooltip());
        box.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            viewModel.select(node.code());
            if (event.getClickCount() == 2) {
                open.execute();
            }
        });
        return box;
    }

    /**
     * A tooltip made when the pointer first reaches the shape: made up front for every shape of a large graph, the
     * tooltips were the largest part of drawing it on the FX thread (docs/performance.md).
     */
    private static void installTooltipOnHover(Node shape, String text) {
        shape.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                shape.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(shape, tooltip(text));
            }
        });
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(javafx.util.Duration.millis(250));
        tooltip.setShowDuration(javafx.util.Duration.seconds(30));
        return tooltip;
    }

    private void markSelected() {
        String selected = viewModel.selectedProperty().get();
        for (Node child : canvas.getChildren()) {
            if (child.getUserData() != null) {
                child.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                        child.getUserData().equals(selected));
            }
        }
    }

    /** Scrolls so that the standard is in view, if it is drawn. */
    private void reveal(String code) {
        if (code == null) {
            return;
        }
        viewModel.pictureProperty().get().node(code).ifPresent(node -> {
            Bounds content = scroll.getContent().getLayoutBounds();
            Bounds viewport = scroll.getViewportBounds();
            double extraX = content.getWidth() - viewport.getWidth();
            double extraY = content.getHeight() - viewport.getHeight();
            if (extraX > 0) {
                scroll.setHvalue(clamp((node.x() * zoom - viewport.getWidth() / 2) / extraX));
            }
            if (extraY > 0) {
                scroll.setVvalue(clamp((node.y() * zoom - viewport.getHeight() / 2) / extraY));
            }
        });
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private void zoomTo(double value) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        canvas.setScaleX(zoom);
        canvas.setScaleY(zoom);
        // the scale pivots on the canvas centre: move it so the drawing starts at the top left
        canvas.setTranslateX(canvas.getPrefWidth() * (zoom - 1) / 2);
        canvas.setTranslateY(canvas.getPrefHeight() * (zoom - 1) / 2);
    }

    private void zoomIn(double factor) {
        fitting = false;
        zoomTo(zoom * factor);
    }

    /** Small enough to see the whole drawing, but never below a readable size nor above 100 %. */
    private void fitIfFitting() {
        Bounds viewport = scroll.getViewportBounds();
        if (!fitting || viewport.getWidth() <= 0 || canvas.getPrefWidth() <= 0) {
            return;
        }
        zoomTo(Math.max(MIN_FIT, Math.min(1, Math.min(viewport.getWidth() / canvas.getPrefWidth(),
                viewport.getHeight() / canvas.getPrefHeight()))));
    }

    @FXML
    private void zoomIn() {
        zoomIn(ZOOM_STEP);
    }

    @FXML
    private void zoomOut() {
        zoomIn(1 / ZOOM_STEP);
    }

    @FXML
    private void zoomToFit() {
        fitting = true;
        fitIfFitting();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }
}
