package org.normative.standards.search;

/**
 * One search result: what was found ({@code kind}: standard, clause, requirement or term), where (standard code,
 * edition label, the clause number or requirement id), a title and a snippet around the match.
 */
public record SearchHit(Kind kind, String standardCode, String edition, String key, String title, String snippet,
                        float score) {

    public enum Kind { STANDARD, CLAUSE, REQUIREMENT, TERM }
}
