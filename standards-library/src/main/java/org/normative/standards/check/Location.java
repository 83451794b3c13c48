package org.normative.standards.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.normative.standards.library.Clause;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;

/**
 * Where a finding is. Each field is null when it does not apply: {@code clause} is the stable clause key,
 * {@code number} ("4.2") and {@code heading} are those of that clause as the edition holds it, {@code requirement}
 * a requirement id, {@code term} a term key, {@code reference} a reference key. The component names are the JSON
 * field names of the command line output.
 */
public record Location(String clause, String number, String heading, String requirement, String term,
                       String reference) {

    public static Location ofClause(Clause clause) {
        return new Location(clause.key(), clause.number(), clause.heading(), null, null, null);
    }

    /** A requirement in its clause; {@code clause} may be null when the requirement's clause is missing. */
    public static Location ofRequirement(Requirement requirement, Clause clause) {
        if (clause == null) {
            return new Location(requirement.clauseKey(), null, null, requirement.id(), null, null);
        }
        return new Location(clause.key(), clause.number(), clause.heading(), requirement.id(), null, null);
    }

    public static Location ofTerm(Term term) {
        return new Location(null, null, null, null, term.key(), null);
    }

    public static Location ofReference(Reference reference) {
        return new Location(null, null, null, null, null, reference.key());
    }

    /** As the text report shows it: {@code 4.2 Paging /req/dg-0102/paging}, {@code term gov-data}. */
    public String describe(Locale locale) {
        List<String> parts = new ArrayList<>();
        if (number != null || heading != null) {
            add(parts, number);
            add(parts, heading);
        } else {
            add(parts, clause);
        }
        add(parts, requirement);
        if (term != null) {
            parts.add(CheckMessages.format(locale, "location.term", term));
        }
        if (reference != null) {
            parts.add(CheckMessages.format(locale, "location.reference", reference));
        }
        return parts.isEmpty() ? "-" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
