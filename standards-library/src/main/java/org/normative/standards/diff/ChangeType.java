package org.normative.standards.diff;

/** What happened to a clause, requirement, term or reference between two editions. */
public enum ChangeType {
    /** Only in the later edition. */
    ADDED,
    /** Only in the earlier edition. */
    REMOVED,
    /**
     * In both, but somewhere else: a clause under another parent or reordered among its siblings, a requirement in
     * another clause.
     */
    MOVED,
    /** In both, with different content (heading, text, obligation, definition, edition of a reference...). */
    CHANGED
}
