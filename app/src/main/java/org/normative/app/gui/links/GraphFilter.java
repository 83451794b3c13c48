package org.normative.app.gui.links;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One checkable entry of the graph's filters, which double as its legend: a committee (with its colour) or a link
 * type (with its line style). {@code key} is the committee code or the link type's name.
 */
public final class GraphFilter {

    private final String key;
    private final String label;
    private final String description;
    private final String styleClass;
    private final BooleanProperty shown;

    GraphFilter(String key, String label, String description, String styleClass, boolean shown) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.styleClass = styleClass;
        this.shown = new SimpleBooleanProperty(this, "shown", shown);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the label stands for, in full (a committee's name). */
    public String description() {
        return description;
    }

    /** The style class that colours the committee's nodes or draws the link type's edges. */
    public String styleClass() {
        return styleClass;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }
}
