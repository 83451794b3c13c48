package org.normative.standards.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.normative.standards.library.Clause;

/**
 * Operations on an immutable clause tree, each returning a new tree (or null when the move is not possible, such
 * as moving the first clause up). Clauses are found by key.
 */
final class ClauseTree {

    enum Move { UP, DOWN, INDENT, OUTDENT }

    private ClauseTree() {
    }

    /** Numbers the clauses by position: 1, 2, 2.1, 2.2 ... */
    static List<Clause> renumber(List<Clause> clauses, String prefix) {
        List<Clause> numbered = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String number = prefix + (i + 1);
            numbered.add(new Clause(c.id(), c.key(), number, c.heading(), c.body(), renumber(c.children(), number + ".")));
        }
        return numbered;
    }

    static List<Clause> map(List<Clause> clauses, UnaryOperator<Clause> change) {
        List<Clause> mapped = new ArrayList<>();
        for (Clause c : clauses) {
            Clause changed = change.apply(c);
            mapped.add(new Clause(changed.id(), changed.key(), changed.number(), changed.heading(), changed.body(),
                    map(changed.children(), change)));
        }
        return mapped;
    }

    static List<Clause> remove(List<Clause> clauses, String key) {
        List<Clause> kept = new ArrayList<>();
        for (Clause c : clauses) {
            if (!c.key().equals(key)) {
                kept.add(withChildren(c, remove(c.children(), key)));
            }
        }
        return kept;
    }

    static void collectKeys(Clause clause, Set<String> keys) {
        keys.add(clause.key());
        clause.children().forEach(c -> collectKeys(c, keys));
    }

    static boolean contains(Clause clause, String key) {
        return clause.key().equals(key) || clause.children().stream().anyMatch(c -> contains(c, key));
    }

    /** Inserts {@code added} right after the clause with {@code key}, or as its last child. */
    static List<Clause> insertNear(List<Clause> clauses, String key, Clause added, boolean asChild) {
        List<Clause> result = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.key().equals(key)) {
                if (asChild) {
                    List<Clause> children = new ArrayList<>(c.children());
                    children.add(added);
                    result.add(withChildren(c, children));
                } else {
                    result.add(c);
                    result.add(added);
                }
            } else {
                result.add(withChildren(c, insertNear(c.children(), key, added, asChild)));
            }
        }
        return result;
    }

    /** One keyboard move; null when the clause is absent or cannot move that way. */
    static List<Clause> move(List<Clause> clauses, String key, Move move) {
        int at = indexOf(clauses, key);
        if (at >= 0) {
            List<Clause> siblings = new ArrayList<>(clauses);
            switch (move) {
                case UP -> {
                    if (at == 0) {
                        return null;
                    }
                    siblings.add(at - 1, siblings.remove(at));
                }
                case DOWN -> {
                    if (at == siblings.size() - 1) {
                        return null;
                    }
                    siblings.add(at + 1, siblings.remove(at));
                }
                case INDENT -> {
                    if (at == 0) {
                        return null;
                    }
                    Clause moved = siblings.remove(at);
                    Clause before = siblings.get(at - 1);
                    List<Clause> children = new ArrayList<>(before.children());
                    children.add(moved);
                    siblings.set(at - 1, withChildren(before, children));
                }
                case OUTDENT -> {
                    return null; // a top-level clause has no parent to step out of; handled by the parent below
                }
            }
            return siblings;
        }
        List<Clause> result = new ArrayList<>();
        boolean changed = false;
        for (Clause c : clauses) {
            int child = indexOf(c.children(), key);
            if (move == Move.OUTDENT && child >= 0) {
                List<Clause> children = new ArrayList<>(c.children());
                Clause moved = children.remove(child);
                result.add(withChildren(c, children));
                result.add(moved);
                changed = true;
                continue;
            }
            List<Clause> inner = changed ? null : move(c.children(), key, move);
            if (inner != null) {
                result.add(withChildren(c, inner));
                changed = true;
            } else {
                result.add(c);
            }
        }
        return changed ? result : null;
    }

    /** Moves a clause to be child {@code index} of {@code parentKey} (null: top level); null when absent. */
    static List<Clause> moveTo(List<Clause> clauses, String key, String parentKey, int index) {
        Clause moved = find(clauses, key);
        if (moved == null || parentKey != null && find(clauses, parentKey) == null) {
            return null;
        }
        List<Clause> without = remove(clauses, key);
        if (parentKey == null) {
            List<Clause> top = new ArrayList<>(without);
            top.add(Math.max(0, Math.min(index, top.size())), moved);
            return top;
        }
        return map(without, c -> {
            if (!c.key().equals(parentKey)) {
                return c;
            }
            List<Clause> children = new ArrayList<>(c.children());
            children.add(Math.max(0, Math.min(index, children.size())), moved);
            return withChildren(c, children);
        });
    }

    static Clause find(List<Clause> clauses, String key) {
        for (Clause c : clauses) {
            if (c.key().equals(key)) {
                return c;
            }
            Clause inner = find(c.children(), key);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static int indexOf(List<Clause> clauses, String key) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Clause withChildren(Clause c, List<Clause> children) {
        return new Clause(c.id(), c.key(), c.number(), c.heading(), c.body(), children);
    }
}
