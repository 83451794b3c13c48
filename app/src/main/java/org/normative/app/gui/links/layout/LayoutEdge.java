package org.normative.app.gui.links.layout;

/**
 * An edge to lay out, from one node id to another; {@code id} tells apart parallel edges. Only {@code layering}
 * edges decide the layers (a dependency sits in a layer above whatever depends on it); the others are routed between
 * wherever their ends land.
 */
public record LayoutEdge(String id, String from, String to, boolean layering) {
}
