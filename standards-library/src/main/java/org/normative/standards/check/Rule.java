package org.normative.standards.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * The editorial rules of {@link EditorialChecker}, each with an id that stays stable (scripts, waivers and the
 * JSON output name rules by it) and its severity. The javadoc of {@link EditorialChecker} states each rule.
 */
public enum Rule {
    REQUIREMENT_NO_VERBAL_FORM("requirement-no-verbal-form", Severity.ERROR),
    REQUIREMENT_CLAUSE_MISSING("requirement-clause-missing", Severity.ERROR),
    DUPLICATE_REQUIREMENT_ID("duplicate-requirement-id", Severity.ERROR),
    MUST_USED("must-used", Severity.WARNING),
    MAY_NOT_USED("may-not-used", Severity.WARNING),
    EMPTY_CLAUSE("empty-clause", Severity.WARNING),
    UNDEFINED_ABBREVIATION("undefined-abbreviation", Severity.WARNING),
    TERM_USED_NOT_DEFINED("term-used-not-defined", Severity.INFO),
    TERM_DEFINED_NOT_USED("term-defined-not-used", Severity.INFO),
    REFERENCE_TO_WITHDRAWN_EDITION("reference-to-withdrawn-edition", Severity.ERROR),
    REFERENCE_TO_SUPERSEDED_EDITION("reference-to-superseded-edition", Severity.WARNING),
    REFERENCE_UNKNOWN("reference-unknown", Severity.INFO);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public static Optional<Rule> ofId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
