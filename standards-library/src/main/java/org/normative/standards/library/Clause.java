package org.normative.standards.library;

import java.util.List;

/**
 * A clause of an edition with its subclauses. {@code key} is its stable identity across editions; {@code number}
 * ("4.2.1") is derived from its position when the tree is read, never stored.
 */
public record Clause(long id, String key, String number, String heading, String body, List<Clause> children) {

    public Clause {
        children = List.copyOf(children);
        body = body == null ? "" : body;
    }
}
