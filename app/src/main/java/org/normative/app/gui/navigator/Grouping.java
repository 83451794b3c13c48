package org.normative.app.gui.navigator;

/** How the navigator groups standards. */
public enum Grouping {
    FRAMEWORK,
    COMMITTEE
}
