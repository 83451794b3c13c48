package org.normative.app.gui.review;

/** One entry of a chooser: a value and how people read it in the current language ({@code toString}, for the combo box). */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
