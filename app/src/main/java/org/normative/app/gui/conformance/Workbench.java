package org.normative.app.gui.conformance;

import org.normative.app.gui.tab.TabModel;

/** What the conformance views ask of the main window: open a tab, or a standard at a clause. */
public interface Workbench {

    /** Adds the tab if it is not open yet, and selects it. */
    void open(TabModel tab);

    /** Opens the standard at the edition and clause number (the clause behind a requirement). */
    void openClause(String standardCode, String edition, String clauseNumber);
}
