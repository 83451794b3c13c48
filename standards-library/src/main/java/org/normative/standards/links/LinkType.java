package org.normative.standards.links;

/**
 * The kinds of tie between standards, editions and requirements (DESIGN.md, "Link"). Those that make the source
 * depend on the target carry the impact of a change of the target on to the source.
 */
public enum LinkType {
    NORMATIVE_REFERENCE(true),
    INFORMATIVE_REFERENCE(false),
    SUPERSEDES(false),
    AMENDS(true),
    ADOPTS(true),
    DEPENDS_ON(true),
    CONFLICTS_WITH(false),
    HARMONIZED_WITH(false);

    private final boolean dependency;

    LinkType(boolean dependency) {
        this.dependency = dependency;
    }

    /** Whether a revision or withdrawal of the target affects the source (and so on, transitively). */
    public boolean isDependency() {
        return dependency;
    }
}
