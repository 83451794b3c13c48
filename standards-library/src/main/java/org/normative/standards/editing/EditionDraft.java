package org.normative.standards.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.normative.standards.library.Clause;
import org.normative.standards.library.ContentFingerprint;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;
import org.normative.standards.obligation.ObligationDetector;

/**
 * An edition's content being edited: every change makes a new immutable {@link EditionContent}, so undo and redo
 * are a step back and forth through the snapshots (at most {@link #MAX_UNDO} kept). Clause numbers follow the tree
 * after each change. A requirement's obligation is read from its statement; its revision goes up by one over the
 * saved edition's when its statement differs from what was saved, whatever the number of edits in between.
 *
 * <p>Not thread-safe: one editor owns it. {@link #base()} is what was loaded (or last saved) and its fingerprint
 * is what a save checks against, so a concurrent save by someone else is found rather than overwritten.
 */
public final class EditionDraft {

    public static final int MAX_UNDO = 500;

    private final String standardCode;
    private final ObligationDetector detector;
    private final Deque<EditionContent> undo = new ArrayDeque<>();
    private final Deque<EditionContent> redo = new ArrayDeque<>();
    private EditionContent base;
    private String baseFingerprint;
    private EditionContent current;

    public EditionDraft(String standardCode, EditionContent saved, ObligationDetector detector) {
        this.standardCode = standardCode;
        this.detector = detector;
        markSaved(saved);
    }

    public EditionContent content() {
        return current;
    }

    public EditionContent base() {
        return base;
    }

    public String baseFingerprint() {
        return baseFingerprint;
    }

    public boolean isDirty() {
        return !ContentFingerprint.of(current).equals(baseFingerprint);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (canUndo()) {
            redo.push(current);
            current = undo.pop();
        }
    }

    public void redo() {
        if (canRedo()) {
            undo.push(current);
            current = redo.pop();
        }
    }

    /** What is now stored: the new base; the edits stay undoable. */
    public void markSaved(EditionContent saved) {
        base = number(saved);
        baseFingerprint = ContentFingerprint.of(saved);
        if (current == null) {
            current = base;
        }
    }

    /**
     * Takes another version (what someone else saved) as both saved and current, as one step: the editor's own
     * version stays one undo away, so choosing theirs after a conflict loses nothing.
     */
    public void adopt(EditionContent stored) {
        markSaved(stored);
        change(content -> stored);
    }

    // ---- clauses

    /** Adds an empty clause after {@code siblingKey} (at the end when null), or as its last child; returns its key. */
    public String addClause(String siblingKey, boolean asChild, String heading) {
        String key = ClauseKeys.mint(heading, keys());
        Clause added = new Clause(0, key, "", heading, "", List.of());
        change(content -> {
            List<Clause> tree = new ArrayList<>(content.clauses());
            if (siblingKey == null) {
                tree.add(added);
                return withClauses(content, tree);
            }
            return withClauses(content, ClauseTree.insertNear(tree, siblingKey, added, asChild));
        });
        return key;
    }

    /**
     * Changes a clause's heading and text; returns its key. A clause added in this draft and not yet saved takes
     * a key made from its new heading ("New clause" renamed "Sorting" becomes {@code sorting}): its key is only
     * fixed once saved, and a key should say what the clause is about.
     */
    public String editClause(String key, String heading, String body) {
        Clause clause = clause(key);
        if (Objects.equals(clause.heading(), heading) && Objects.equals(clause.body(), body)) {
            return key;
        }
        String newKey = key;
        if (base.clause(key).isEmpty() && !Objects.equals(clause.heading(), heading)) {
            Set<String> taken = keys();
            taken.remove(key);
            String minted = ClauseKeys.mint(heading, taken);
            newKey = ClauseKeys.slug(heading).isEmpty() ? key : minted;
        }
        String renamed = newKey;
        change(content -> new EditionContent(ClauseTree.map(content.clauses(),
                c -> c.key().equals(key) ? new Clause(c.id(), renamed, c.number(), heading, body, c.children()) : c),
                content.terms(), content.references(),
                content.requirements().stream().map(r -> r.clauseKey().equals(key) && !renamed.equals(key)
                        ? new Requirement(r.id(), renamed, r.statement(), r.obligation(), r.requirementClass(), r.revision()) : r).toList()));
        return renamed;
    }

    /** Removes a clause with its subclauses; their requirements go too (a requirement belongs to its clause). */
    public void removeClause(String key) {
        Set<String> removed = new HashSet<>();
        ClauseTree.collectKeys(clause(key), removed);
        change(content -> new EditionContent(ClauseTree.remove(content.clauses(), key), content.terms(), content.references(),
                content.requirements().stream().filter(r -> !removed.contains(r.clauseKey())).toList()));
    }

    public boolean moveUp(String key) {
        return move(key, ClauseTree.Move.UP);
    }

    public boolean moveDown(String key) {
        return move(key, ClauseTree.Move.DOWN);
    }

    /** Makes the clause the last child of the sibling before it. */
    public boolean indent(String key) {
        return move(key, ClauseTree.Move.INDENT);
    }

    /** Makes the clause the next sibling of its parent. */
    public boolean outdent(String key) {
        return move(key, ClauseTree.Move.OUTDENT);
    }

    /**
     * Moves a clause (with its subclauses) to be child {@code index} of {@code parentKey} (null: the top level), as a
     * drag and drop does; refused (false) when the target is inside the clause itself.
     */
    public boolean moveTo(String key, String parentKey, int index) {
        if (parentKey != null && ClauseTree.contains(clause(key), parentKey)) {
            return false;
        }
        List<Clause> moved = ClauseTree.moveTo(current.clauses(), key, parentKey, index);
        if (moved == null) {
            return false;
        }
        change(content -> withClauses(content, moved));
        return true;
    }

    private boolean move(String key, ClauseTree.Move move) {
        List<Clause> moved = ClauseTree.move(current.clauses(), key, move);
        if (moved == null) {
            return false;
        }
        change(content -> withClauses(content, moved));
        return true;
    }

    public Clause clause(String key) {
        return current.clause(key).orElseThrow(() -> new IllegalArgumentException("no clause " + key));
    }

    // ---- requirements

    /** Adds a requirement to a clause with an id minted in the pattern of the edition's ids; returns it. */
    public Requirement addRequirement(String clauseKey, String statement, String requirementClass) {
        clause(clauseKey);
        String id = RequirementIds.mint(standardCode, clause(clauseKey).heading(), ids());
        Requirement added = new Requirement(id, clauseKey, statement, obligationOf(statement), blankToNull(requirementClass), 1);
        change(content -> withRequirements(content, append(content.requirements(), added)));
        return added;
    }

    /** Changes a requirement's statement and class; the obligation is read again from the statement. */
    public Requirement editRequirement(String id, String statement, String requirementClass) {
        Requirement old = requirement(id);
        int revision = base.requirement(id).map(saved -> saved.statement().equals(statement) ? saved.revision() : saved.revision() + 1)
                .orElse(1);
        Requirement edited = new Requirement(id, old.clauseKey(), statement, obligationOf(statement), blankToNull(requirementClass),
                revision);
        if (edited.equals(old)) {
            return old;
        }
        change(content -> withRequirements(content, content.requirements().stream().map(r -> r.id().equals(id) ? edited : r).toList()));
        return edited;
    }

    public void removeRequirement(String id) {
        requirement(id);
        change(content -> withRequirements(content, content.requirements().stream().filter(r -> !r.id().equals(id)).toList()));
    }

    public Requirement requirement(String id) {
        return current.requirement(id).orElseThrow(() -> new IllegalArgumentException("no requirement " + id));
    }

    /** The obligation the statement's verbal forms give. */
    public Obligation obligationOf(String statement) {
        return detector.detect(statement).obligation();
    }

    // ---- terms and references

    public String addTerm(String term, String definition, String source) {
        String key = ClauseKeys.mint("term " + term, termKeys());
        Term added = new Term(key, term, definition, blankToNull(source));
        change(content -> new EditionContent(content.clauses(), append(content.terms(), added), content.references(),
                content.requirements()));
        return key;
    }

    public void editTerm(String key, String term, String definition, String source) {
        Term edited = new Term(key, term, definition, blankToNull(source));
        change(content -> new EditionContent(content.clauses(),
                content.terms().stream().map(t -> t.key().equals(key) ? edited : t).toList(), content.references(), content.requirements()));
    }

    public void removeTerm(String key) {
        change(content -> new EditionContent(content.clauses(), content.terms().stream().filter(t -> !t.key().equals(key)).toList(),
                content.references(), content.requirements()));
    }

    /** Adds a reference (dated when {@code edition} is given); a reference to the same code and edition is not added twice. */
    public Optional<String> addReference(String code, String edition, String title, boolean normative) {
        String dated = blankToNull(edition);
        boolean present = current.references().stream().anyMatch(r -> r.code().equals(code) && Objects.equals(r.edition(), dated));
        if (present) {
            return Optional.empty();
        }
        String key = ClauseKeys.mint("ref " + code, referenceKeys());
        Reference added = new Reference(key, code, dated, title, normative);
        change(content -> new EditionContent(content.clauses(), content.terms(), append(content.references(), added),
                content.requirements()));
        return Optional.of(key);
    }

    public void removeReference(String key) {
        change(content -> new EditionContent(content.clauses(), content.terms(),
                content.references().stream().filter(r -> !r.key().equals(key)).toList(), content.requirements()));
    }

    // ----

    private void change(UnaryOperator<EditionContent> edit) {
        EditionContent next = number(edit.apply(current));
        if (next.equals(current)) {
            return;
        }
        undo.push(current);
        while (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
    }

    private static EditionContent number(EditionContent content) {
        return withClauses(content, ClauseTree.renumber(content.clauses(), ""));
    }

    private static EditionContent withClauses(EditionContent content, List<Clause> clauses) {
        return new EditionContent(clauses, content.terms(), content.references(), content.requirements());
    }

    private static EditionContent withRequirements(EditionContent content, List<Requirement> requirements) {
        return new EditionContent(content.clauses(), content.terms(), content.references(), requirements);
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        current.allClauses().forEach(c -> keys.add(c.key()));
        base.allClauses().forEach(c -> keys.add(c.key())); // a removed clause's key is not reused while its removal can be undone
        return keys;
    }

    private Set<String> termKeys() {
        Set<String> keys = new HashSet<>();
        current.terms().forEach(t -> keys.add(t.key()));
        return keys;
    }

    private Set<String> referenceKeys() {
        Set<String> keys = new HashSet<>();
        current.references().forEach(r -> keys.add(r.key()));
        return keys;
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        current.requirements().forEach(r -> ids.add(r.id()));
        base.requirements().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
