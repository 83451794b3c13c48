package org.normative.standards.library;

import java.util.Objects;

/**
 * A requirement of an edition. {@code id} is stable across editions and independent of clause numbering (in the
 * style of OGC ModSpec, e.g. {@code /req/dg-0102/paging}); {@code revision} counts the changes of its statement.
 * {@code clauseKey} is the stable key of the clause that holds it; {@code requirementClass} may be null.
 */
public record Requirement(String id, String clauseKey, String statement, Obligation obligation,
                          String requirementClass, int revision) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        obligation = obligation == null ? Obligation.NONE : obligation;
        if (revision < 1) {
            throw new IllegalArgumentException("a requirement revision starts at 1");
        }
    }
}
