package org.normative.standards.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;

/**
 * Computes what changed between two editions of a standard. Pure: no I/O, no state; one instance may serve any
 * number of threads.
 *
 * <p><b>Identity.</b> Clauses are matched by {@link Clause#key()}, requirements by {@link Requirement#id()}, terms and
 * references by their {@code key}; never by position or number. Keys must be unique within an edition.
 *
 * <p><b>Clauses.</b> A clause is {@link ChangeType#MOVED} when its parent clause differs, or when its order among
 * the siblings it has in both editions differs (the fewest clauses that explain the new order are reported, found
 * as a longest increasing subsequence). A new number caused only by a sibling added or removed before it, or by its
 * parent moving, is not a move. It is {@link ChangeType#CHANGED} when its heading ({@code "heading"}) or body
 * ({@code "text"}, with a word diff) differs. A clause that is both moved and changed gives <em>two</em> changes with
 * the same key, the move first, so that counts and filters by type stay exact.
 *
 * <p><b>Requirements.</b> {@link ChangeType#MOVED} when it sits in another clause (by clause key);
 * {@link ChangeType#CHANGED} when its statement ({@code "text"}, with a word diff), obligation or requirement class
 * differs; again two changes when both. Its revision number is not compared: it follows from the statement.
 *
 * <p><b>Significant</b> marks a change to what conformance requires:
 * <ul>
 *   <li>a requirement removed; a mandatory (SHALL, SHALL NOT) requirement added;</li>
 *   <li>a requirement whose obligation changes level or negation (SHOULD -> SHALL, SHALL -> SHALL NOT,
 *       MAY -> NEED NOT);</li>
 *   <li>a normative reference added or removed, turned informative or turned normative, or citing another code
 *       or another edition (2019 -> 2022, dated -> undated), because its provisions apply through the reference.</li>
 * </ul>
 * Wording, clause, term, requirement class and informative reference changes are never significant on their own.
 */
public final class EditionDiffer {

    /** The diff from {@code before} to {@code after}; empty when they say the same thing. */
    public EditionDiff diff(EditionContent before, EditionContent after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        ClauseTree from = ClauseTree.of(before);
        ClauseTree to = ClauseTree.of(after);
        List<Change> changes = new ArrayList<>();
        diffClauses(from, to, changes);
        diffRequirements(before.requirements(), after.requirements(), from, to, changes);
        diffTerms(before.terms(), after.terms(), changes);
        diffReferences(before.references(), after.references(), changes);
        return new EditionDiff(changes);
    }

    private static void diffClauses(ClauseTree from, ClauseTree to, List<Change> changes) {
        Set<String> moved = movedClauses(from, to);
        for (Placed now : to.byKey.values()) {
            String key = now.clause.key();
            Placed was = from.byKey.get(key);
            String afterLabel = clauseLabel(now.clause);
            if (was == null) {
                changes.add(new Change(Change.Subject.CLAUSE, ChangeType.ADDED, key, null, afterLabel, false,
                        List.of(), List.of()));
                continue;
            }
            String beforeLabel = clauseLabel(was.clause);
            if (moved.contains(key)) {
                changes.add(new Change(Change.Subject.CLAUSE, ChangeType.MOVED, key, beforeLabel, afterLabel, false,
                        List.of(ChangeDetails.moved(numberOrKey(was.clause), numberOrKey(now.clause))), List.of()));
            }
            List<String> details = new ArrayList<>();
            if (!Objects.equals(was.clause.heading(), now.clause.heading())) {
                details.add(ChangeDetails.HEADING);
            }
            List<TextSegment> wordDiff = List.of();
            if (!was.clause.body().equals(now.clause.body())) {
                details.add(ChangeDetails.TEXT);
                wordDiff = WordDiff.between(was.clause.body(), now.clause.body());
            }
            if (!details.isEmpty()) {
                changes.add(new Change(Change.Subject.CLAUSE, ChangeType.CHANGED, key, beforeLabel, afterLabel, false,
                        details, wordDiff));
            }
        }
        for (Placed was : from.byKey.values()) {
            if (!to.byKey.containsKey(was.clause.key())) {
                changes.add(new Change(Change.Subject.CLAUSE, ChangeType.REMOVED, was.clause.key(),
                        clauseLabel(was.clause), null, false, List.of(), List.of()));
            }
        }
    }

    /**
     * Clauses under another parent, plus, among the siblings that share a parent in both editions, those outside a
     * longest run that kept its relative order. Linear in the number of clauses but for the n log n of that run.
     */
    private static Set<String> movedClauses(ClauseTree from, ClauseTree to) {
        Set<String> moved = new HashSet<>();
        for (Map.Entry<String, List<String>> family : to.childrenByParent.entrySet()) {
            String parent = family.getKey();
            List<String> stayed = new ArrayList<>();
            for (String key : family.getValue()) {
                Placed was = from.byKey.get(key);
                if (was == null) {
                    continue;
                }
                if (Objects.equals(was.parentKey, parent)) {
                    stayed.add(key);
                } else {
                    moved.add(key);
                }
            }
            int[] formerPositions = stayed.stream().mapToInt(key -> from.byKey.get(key).siblingIndex).toArray();
            boolean[] keptOrder = longestIncreasing(formerPositions);
            for (int i = 0; i < keptOrder.length; i++) {
                if (!keptOrder[i]) {
                    moved.add(stayed.get(i));
                }
            }
        }
        return moved;
    }

    /** Marks one longest strictly increasing subsequence of {@code values} (patience sorting, n log n). */
    static boolean[] longestIncreasing(int[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tails[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }
        boolean[] member = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            member[i] = true;
        }
        return member;
    }

    private static void diffRequirements(List<Requirement> before, List<Requirement> after, ClauseTree from,
                                         ClauseTree to, List<Change> changes) {
        Map<String, Requirement> was = byKey(before, Requirement::id, "requirement id");
        Map<String, Requirement> now = byKey(after, Requirement::id, "requirement id");
        for (Requirement r : now.values()) {
            Requirement p = was.get(r.id());
            if (p == null) {
                changes.add(new Change(Change.Subject.REQUIREMENT, ChangeType.ADDED, r.id(), null, r.statement(),
                        r.obligation().isMandatory(), List.of(), List.of()));
                continue;
            }
            if (!Objects.equals(p.clauseKey(), r.clauseKey())) {
                changes.add(new Change(Change.Subject.REQUIREMENT, ChangeType.MOVED, r.id(), p.statement(),
                        r.statement(), false,
                        List.of(ChangeDetails.moved(from.numberOf(p.clauseKey()), to.numberOf(r.clauseKey()))),
                        List.of()));
            }
            List<String> details = new ArrayList<>();
            List<TextSegment> wordDiff = List.of();
            if (!p.statement().equals(r.statement())) {
                details.add(ChangeDetails.TEXT);
                wordDiff = WordDiff.between(p.statement(), r.statement());
            }
            boolean significant = false;
            if (p.obligation() != r.obligation()) {
                details.add(ChangeDetails.obligation(p.obligation(), r.obligation()));
                significant = bindsDifferently(p.obligation(), r.obligation());
            }
            if (!Objects.equals(p.requirementClass(), r.requirementClass())) {
                details.add(ChangeDetails.requirementClass(p.requirementClass(), r.requirementClass()));
            }
            if (!details.isEmpty()) {
                changes.add(new Change(Change.Subject.REQUIREMENT, ChangeType.CHANGED, r.id(), p.statement(),
                        r.statement(), significant, details, wordDiff));
            }
        }
        for (Requirement p : was.values()) {
            if (!now.containsKey(p.id())) {
                changes.add(new Change(Change.Subject.REQUIREMENT, ChangeType.REMOVED, p.id(), p.statement(), null,
                        true, List.of(), List.of()));
            }
        }
    }

    /** True for a change of level or of negation; every change of {@link Obligation} is one of those today. */
    private static boolean bindsDifferently(Obligation before, Obligation after) {
        return before.level() != after.level() || before.isNegative() != after.isNegative();
    }

    private static void diffTerms(List<Term> before, List<Term> after, List<Change> changes) {
        Map<String, Term> was = byKey(before, Term::key, "term key");
        Map<String, Term> now = byKey(after, Term::key, "term key");
        for (Term t : now.values()) {
            Term p = was.get(t.key());
            if (p == null) {
                changes.add(new Change(Change.Subject.TERM, ChangeType.ADDED, t.key(), null, t.term(), false,
                        List.of(), List.of()));
                continue;
            }
            List<String> details = new ArrayList<>();
            List<TextSegment> wordDiff = List.of();
            if (!p.term().equals(t.term())) {
                details.add(ChangeDetails.TERM);
            }
            if (!p.definition().equals(t.definition())) {
                details.add(ChangeDetails.DEFINITION);
                wordDiff = WordDiff.between(p.definition(), t.definition());
            }
            if (!Objects.equals(p.source(), t.source())) {
                details.add(ChangeDetails.SOURCE);
            }
            if (!details.isEmpty()) {
                changes.add(new Change(Change.Subject.TERM, ChangeType.CHANGED, t.key(), p.term(), t.term(), false,
                        details, wordDiff));
            }
        }
        for (Term p : was.values()) {
            if (!now.containsKey(p.key())) {
                changes.add(new Change(Change.Subject.TERM, ChangeType.REMOVED, p.key(), p.term(), null, false,
                        List.of(), List.of()));
            }
        }
    }

    private static void diffReferences(List<Reference> before, List<Reference> after, List<Change> changes) {
        Map<String, Reference> was = byKey(before, Reference::key, "reference key");
        Map<String, Reference> now = byKey(after, Reference::key, "reference key");
        for (Reference r : now.values()) {
            Reference p = was.get(r.key());
            if (p == null) {
                changes.add(new Change(Change.Subject.REFERENCE, ChangeType.ADDED, r.key(), null, referenceLabel(r),
                        r.normative(), List.of(), List.of()));
                continue;
            }
            List<String> details = new ArrayList<>();
            boolean citesOther = false;
            if (!p.code().equals(r.code())) {
                details.add(ChangeDetails.code(p.code(), r.code()));
                citesOther = true;
            }
            String edition = ChangeDetails.edition(p.edition(), r.edition());
            if (edition != null) {
                details.add(edition);
                citesOther = true;
            }
            if (!p.title().equals(r.title())) {
                details.add(ChangeDetails.TITLE);
            }
            if (p.normative() != r.normative()) {
                details.add(ChangeDetails.normativity(r.normative()));
            }
            if (!details.isEmpty()) {
                boolean significant = p.normative() != r.normative() || citesOther && r.normative();
                changes.add(new Change(Change.Subject.REFERENCE, ChangeType.CHANGED, r.key(), referenceLabel(p),
                        referenceLabel(r), significant, details, List.of()));
            }
        }
        for (Reference p : was.values()) {
            if (!now.containsKey(p.key())) {
                changes.add(new Change(Change.Subject.REFERENCE, ChangeType.REMOVED, p.key(), referenceLabel(p), null,
                        p.normative(), List.of(), List.of()));
            }
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(key.apply(item), item) != null) {
                throw duplicate(what, key.apply(item));
            }
        }
        return map;
    }

    private static IllegalArgumentException duplicate(String what, String key) {
        return new IllegalArgumentException("an edition holds the " + what + " " + key
                + " more than once; identity by key needs it unique");
    }

    /** "4.2 Paging"; the number or the heading alone where the other is missing; the key where both are. */
    private static String clauseLabel(Clause clause) {
        String number = clause.number() == null ? "" : clause.number().strip();
        String heading = clause.heading() == null ? "" : clause.heading().strip();
        String label = (number + " " + heading).strip();
        return label.isEmpty() ? clause.key() : label;
    }

    private static String numberOrKey(Clause clause) {
        return clause.number() == null || clause.number().isBlank() ? clause.key() : clause.number();
    }

    private static String referenceLabel(Reference reference) {
        return reference.title().isBlank() ? reference.citation() : reference.citation() + " " + reference.title();
    }

    /** A clause with where it sits: its parent's key (null at the top) and its index among its siblings. */
    private record Placed(Clause clause, String parentKey, int siblingIndex) {
    }

    /** The clauses of an edition by key, in document order, and the keys of each parent's children in order. */
    private static final class ClauseTree {

        final Map<String, Placed> byKey = new LinkedHashMap<>();
        final Map<String, List<String>> childrenByParent = new HashMap<>();

        static ClauseTree of(EditionContent content) {
            ClauseTree tree = new ClauseTree();
            tree.add(null, content.clauses());
            return tree;
        }

        private void add(String parentKey, List<Clause> children) {
            List<String> keys = new ArrayList<>(children.size());
            childrenByParent.put(parentKey, keys);
            for (int i = 0; i < children.size(); i++) {
                Clause child = children.get(i);
                if (child.key() == null) {
                    throw new IllegalArgumentException("the clause " + child.number() + " " + child.heading()
                            + " has no key; identity by key needs one");
                }
                if (byKey.putIfAbsent(child.key(), new Placed(child, parentKey, i)) != null) {
                    throw duplicate("clause key", child.key());
                }
                keys.add(child.key());
                add(child.key(), child.children());
            }
        }

        /** The clause number for {@code key}, its key where it has no number, null for none. */
        String numberOf(String key) {
            Placed placed = key == null ? null : byKey.get(key);
            return placed == null ? key : numberOrKey(placed.clause);
        }
    }
}
