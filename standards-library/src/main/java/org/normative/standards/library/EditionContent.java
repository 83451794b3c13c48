package org.normative.standards.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an edition says: its clause tree, terms, references and requirements. Diff, editorial checks, the XML
 * format and search all work on this value; storage reads and writes it.
 */
public record EditionContent(List<Clause> clauses, List<Term> terms, List<Reference> references,
                             List<Requirement> requirements) {

    public static final EditionContent EMPTY = new EditionContent(List.of(), List.of(), List.of(), List.of());

    public EditionContent {
        clauses = List.copyOf(clauses);
        terms = List.copyOf(terms);
        references = List.copyOf(references);
        requirements = List.copyOf(requirements);
    }

    /** Every clause, depth first in document order. */
    public List<Clause> allClauses() {
        List<Clause> all = new ArrayList<>();
        clauses.forEach(c -> flatten(c, all));
        return all;
    }

    public Optional<Clause> clause(String key) {
        return allClauses().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<Requirement> requirementsOf(String clauseKey) {
        return requirements.stream().filter(r -> clauseKey.equals(r.clauseKey())).toList();
    }

    private static void flatten(Clause clause, List<Clause> out) {
        out.add(clause);
        clause.children().forEach(c -> flatten(c, out));
    }
}
