package org.normative.app.gui.links;

import java.util.List;

import org.normative.app.gui.links.layout.GraphLayout;
import org.normative.standards.links.LinkType;

/**
 * The links of one type from one standard to another, drawn as one edge along {@code route} (source to target).
 * Suspect when any of them is; {@code tooltip} lists them with what the link check says about each.
 */
public record GraphEdge(String from, String to, LinkType type, boolean suspect, String tooltip,
                        List<GraphLayout.Point> route) {

    public GraphEdge {
        route = List.copyOf(route);
    }

    /** The style class of the link type ({@code link-normative-reference}). */
    public String styleClass() {
        return styleClassOf(type);
    }

    static String styleClassOf(LinkType type) {
        return "link-" + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
