package org.normative.conformance.check.openapi;

import java.util.Set;
import org.normative.standards.LocalizedText;

/**
 * A rule (or a whole built-in rule set) that this kind cannot evaluate, with the reason: it is reported on every
 * artifact it would apply to, never dropped.
 *
 * @param formats the formats it applies to, or null for any document
 */
record UntestedRule(String name, LocalizedText reason, Set<String> formats) {

    boolean appliesTo(Set<String> documentFormats) {
        return Rule.applies(formats, documentFormats);
    }
}
