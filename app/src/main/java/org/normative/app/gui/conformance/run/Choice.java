package org.normative.app.gui.conformance.run;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Something people tick in the run wizard (a class to claim, an artifact to test), ticked at first. */
public final class Choice<T> {

    private final T value;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);

    public Choice(T value, String label) {
        this.value = value;
        this.label = label;
    }

    public T value() {
        return value;
    }

    public String label() {
        return label;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean chosen() {
        return chosen.get();
    }
}
