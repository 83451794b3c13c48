package org.normative.app.gui.links;

import java.util.List;
import java.util.Optional;

/** Everything the link graph view draws, laid out: nodes, edges and the size of the drawing. */
public record GraphPicture(List<GraphNode> nodes, List<GraphEdge> edges, double width, double height) {

    public static final GraphPicture EMPTY = new GraphPicture(List.of(), List.of(), 0, 0);

    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }
}
