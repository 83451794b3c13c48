package org.normative.conformance.check.document;

import java.util.List;

/**
 * A document profile of a suite package: the rules a submitted PDF or DOCX must meet, and the most pages a check
 * reads (more is refused with {@code ERROR}, so a 100,000-page file cannot take the checker's time).
 */
record DocumentProfile(List<ProfileRule> rules, int maxPages) {

    static final int DEFAULT_MAX_PAGES = 2_000;

    DocumentProfile {
        rules = List.copyOf(rules);
    }
}
