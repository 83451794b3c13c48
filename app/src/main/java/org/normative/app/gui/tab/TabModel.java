package org.normative.app.gui.tab;

/**
 * What the main window's tabs hold: an opened standard, or one of the workbench's views (link graph, coordination,
 * framework coverage). The tab's view is made from it and made again when the language changes, so the title is
 * read each time.
 */
public interface TabModel {

    /** Unique among open tabs; also the tab's node id ({@code tab-KEY}). */
    String tabKey();

    String tabTitle();
}
