package org.normative.app.gui.action;

import javafx.beans.binding.BooleanExpression;

/** A command people can give from a menu, a toolbar or a shortcut; all of them share its "executable" state. */
public interface Action {

    BooleanExpression executable();

    void execute();
}
