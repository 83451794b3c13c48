package org.normative.standards.check;

import java.util.List;

import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Term;

/** Small builders for edition content in the check tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Clause clause(String key, String number, String heading, String body, Clause... children) {
        return new Clause(0, key, number, heading, body, List.of(children));
    }

    static Requirement requirement(String id, String clauseKey, String statement, Obligation obligation) {
        return new Requirement(id, clauseKey, statement, obligation, null, 1);
    }

    static Term term(String key, String term, String definition) {
        return new Term(key, term, definition, null);
    }

    static Reference reference(String key, String code, String edition) {
        return new Reference(key, code, edition, "", true);
    }

    static EditionContent content(List<Clause> clauses, List<Term> terms, List<Reference> references,
                                  List<Requirement> requirements) {
        return new EditionContent(clauses, terms, references, requirements);
    }

    static EditionContent clauses(Clause... clauses) {
        return new EditionContent(List.of(clauses), List.of(), List.of(), List.of());
    }

    static KnownStandard known(String code, Object... labelsAndStages) {
        java.util.List<KnownEdition> editions = new java.util.ArrayList<>();
        for (int i = 0; i < labelsAndStages.length; i += 2) {
            editions.add(new KnownEdition((String) labelsAndStages[i], (Stage) labelsAndStages[i + 1]));
        }
        return new KnownStandard(code, editions);
    }
}
