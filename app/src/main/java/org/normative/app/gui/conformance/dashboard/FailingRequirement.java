package org.normative.app.gui.conformance.dashboard;

/**
 * A requirement that failed across the workspace's runs: in how many runs a test case verifying it failed (or could
 * not be decided), and for how many different systems. What a committee reads as feedback on its standard.
 */
public record FailingRequirement(String standard, String requirement, int runs, int systems) {
}
