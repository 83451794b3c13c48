package org.normative.app.gui.main;

/** The workbench's views that are not a standard: each opens in one tab of its own. */
public enum Tool {
    LINK_GRAPH,
    COORDINATION,
    FRAMEWORK_COVERAGE,
    SUITES,
    SUBMISSIONS,
    RUN_WIZARD,
    CONFORMANCE_DASHBOARD
}
