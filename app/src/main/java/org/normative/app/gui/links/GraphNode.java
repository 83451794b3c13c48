package org.normative.app.gui.links;

/**
 * A standard (or a document outside the library) as the graph draws it: centre, size, what it says and the style
 * class of its committee's colour.
 */
public record GraphNode(String code, String title, String tooltip, String styleClass, double x, double y,
                        double width, double height) {
}
