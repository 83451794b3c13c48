package org.normative.app.gui.links.layout;

import java.util.List;
import java.util.Map;

/**
 * Where {@link LayeredLayout} put things: node centres, the route of each edge (from the border of its source to the
 * border of its target, through the bends of long edges) and the size of the whole drawing.
 */
public record GraphLayout(Map<String, Placement> nodes, List<Route> routes, double width, double height) {

    public GraphLayout {
        nodes = Map.copyOf(nodes);
        routes = List.copyOf(routes);
    }

    /** A node's centre, its size and its layer (0 at the top) and position in the layer (0 at the left). */
    public record Placement(String id, double x, double y, double width, double height, int layer, int position) {

        public double left() {
            return x - width / 2;
        }

        public double right() {
            return x + width / 2;
        }
    }

    public record Point(double x, double y) {
    }

    public record Route(LayoutEdge edge, List<Point> points) {

        public Route {
            points = List.copyOf(points);
        }
    }
}
