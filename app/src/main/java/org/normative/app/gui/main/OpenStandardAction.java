package org.normative.app.gui.main;

import javafx.beans.binding.BooleanExpression;
import org.normative.app.gui.action.Action;

/** Opens the standard selected in the navigator in a tab (Enter, double-click, File > Open). */
public final class OpenStandardAction implements Action {

    private final MainViewModel main;
    private final BooleanExpression executable;

    public OpenStandardAction(MainViewModel main) {
        this.main = main;
        this.executable = main.navigator().standardSelected();
    }

    @Override
    public BooleanExpression executable() {
        return executable;
    }

    @Override
    public void execute() {
        main.openSelected();
    }
}
