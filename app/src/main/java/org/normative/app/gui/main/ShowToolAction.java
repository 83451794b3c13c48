package org.normative.app.gui.main;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.normative.app.gui.action.Action;

/**
 * Opens one of the workbench's views in a tab (View menu, toolbar, shortcut). The inspector's "Show in graph" is the
 * same command, executable only while a standard is selected: the graph follows the navigator's selection, so it
 * opens with that standard selected and in view.
 */
public final class ShowToolAction implements Action {

    private final MainViewModel main;
    private final Tool tool;
    private final BooleanExpression executable;

    public ShowToolAction(MainViewModel main, Tool tool) {
        this(main, tool, new ReadOnlyBooleanWrapper(true).getReadOnlyProperty());
    }

    public ShowToolAction(MainViewModel main, Tool tool, BooleanExpression executable) {
        this.main = main;
        this.tool = tool;
        this.executable = executable;
    }

    @Override
    public BooleanExpression executable() {
        return executable;
    }

    @Override
    public void execute() {
        main.show(tool);
    }
}
