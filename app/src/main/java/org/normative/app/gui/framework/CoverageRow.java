package org.normative.app.gui.framework;

/**
 * One framework node in the coverage view, in tree order ({@code depth} 0 is a top-level node): standards on it
 * and below it by the stage of their current edition. A gap has no published standard.
 */
public record CoverageRow(String code, String label, int depth, int published, int drafts, int withdrawn, boolean gap) {

    public int total() {
        return published + drafts + withdrawn;
    }
}
