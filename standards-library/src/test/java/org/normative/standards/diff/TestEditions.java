package org.normative.standards.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;

/** Small editions for diff tests. Clause numbers are derived from position, as the library's reader does. */
final class TestEditions {

    private TestEditions() {
    }

    static Clause clause(String key, String heading, Clause... children) {
        return clause(key, heading, heading + " text.", children);
    }

    static Clause clause(String key, String heading, String body, Clause... children) {
        return new Clause(0, key, null, heading, body, List.of(children));
    }

    static Requirement requirement(String id, String clauseKey, Obligation obligation, String statement) {
        return new Requirement(id, clauseKey, statement, obligation, null, 1);
    }

    static Term term(String key, String term, String definition) {
        return new Term(key, term, definition, null);
    }

    static Reference reference(String key, String code, String edition, boolean normative) {
        return new Reference(key, code, edition, "", normative);
    }

    static Builder edition(Clause... clauses) {
        return new Builder(Arrays.asList(clauses));
    }

    static final class Builder {

        private final List<Clause> clauses;
        private List<Requirement> requirements = List.of();
        private List<Term> terms = List.of();
        private List<Reference> references = List.of();

        private Builder(List<Clause> clauses) {
            this.clauses = clauses;
        }

        Builder requirements(Requirement... requirements) {
            this.requirements = List.of(requirements);
            return this;
        }

        Builder terms(Term... terms) {
            this.terms = List.of(terms);
            return this;
        }

        Builder references(Reference... references) {
            this.references = List.of(references);
            return this;
        }

        EditionContent build() {
            return new EditionContent(numbered("", clauses), terms, references, requirements);
        }
    }

    static List<Clause> numbered(String prefix, List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String number = prefix + (i + 1);
            out.add(new Clause(c.id(), c.key(), number, c.heading(), c.body(), numbered(number + ".", c.children())));
        }
        return out;
    }
}
