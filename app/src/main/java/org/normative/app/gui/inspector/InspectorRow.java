package org.normative.app.gui.inspector;

/** One property line of the inspector. */
public record InspectorRow(String name, String value) {
}
