package org.normative.conformance.check.document;

import java.util.List;
import org.normative.conformance.check.CheckContext;

/** A section a document must have, known by its heading in any of its spellings ("1 范围", "1 Scope"). */
record Section(String name, List<TextPattern> headings) {

    Section {
        headings = List.copyOf(headings);
    }

    boolean isHeadedBy(String text, CheckContext context) {
        for (TextPattern heading : headings) {
            if (heading.matchesWhole(text, context)) {
                return true;
            }
        }
        return false;
    }
}
