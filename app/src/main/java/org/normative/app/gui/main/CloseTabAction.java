package org.normative.app.gui.main;

import javafx.beans.binding.BooleanExpression;
import org.normative.app.gui.action.Action;

/** Closes the selected tab (Ctrl+W). */
public final class CloseTabAction implements Action {

    private final MainViewModel main;
    private final BooleanExpression executable;

    public CloseTabAction(MainViewModel main) {
        this.main = main;
        this.executable = main.selectedTabProperty().isNotNull();
    }

    @Override
    public BooleanExpression executable() {
        return executable;
    }

    @Override
    public void execute() {
        main.closeSelectedTab();
    }
}
