package org.normative.standards.diff;

import java.util.List;

/**
 * The changes from one edition to another, in a fixed order: clauses in the document order of the later edition
 * followed by removed clauses in the order of the earlier one, then requirements, terms and references, each in the
 * order of the later edition followed by the removed ones in the order of the earlier one.
 */
public record EditionDiff(List<Change> changes) {

    public EditionDiff {
        changes = List.copyOf(changes);
    }

    /** True when the two editions say the same thing. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> changes(Change.Subject subject) {
        return changes.stream().filter(c -> c.subject() == subject).toList();
    }

    public List<Change> changes(Change.Subject subject, ChangeType type) {
        return changes.stream().filter(c -> c.subject() == subject && c.type() == type).toList();
    }

    /** The changes of one clause, requirement, term or reference: none, one, or a move and a change. */
    public List<Change> changesOf(Change.Subject subject, String key) {
        return changes.stream().filter(c -> c.subject() == subject && c.key().equals(key)).toList();
    }

    public List<Change> significantChanges() {
        return changes.stream().filter(Change::significant).toList();
    }

    public int count(ChangeType type) {
        return (int) changes.stream().filter(c -> c.type() == type).count();
    }

    public int count(Change.Subject subject, ChangeType type) {
        return (int) changes.stream().filter(c -> c.subject() == subject && c.type() == type).count();
    }

    public int significantCount() {
        return (int) changes.stream().filter(Change::significant).count();
    }
}
