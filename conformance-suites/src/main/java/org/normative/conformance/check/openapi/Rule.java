package org.normative.conformance.check.openapi;

import java.util.List;
import java.util.Set;
import org.normative.conformance.result.Severity;

/**
 * A rule of a Spectral rule set, compiled and ready to run.
 *
 * @param formats the formats it applies to (normalised), or null for any document
 * @param resolved true when it sees the document with its local references resolved (Spectral's default)
 */
record Rule(String name, List<JsonPath> given, List<RuleAction> then, Severity severity, String message, String description,
            Set<String> formats, boolean resolved) {

    Rule {
        given = List.copyOf(given);
        then = List.copyOf(then);
        formats = formats == null ? null : Set.copyOf(formats);
    }

    boolean appliesTo(Set<String> documentFormats) {
        return applies(formats, documentFormats);
    }

    static boolean applies(Set<String> formats, Set<String> documentFormats) {
        return formats == null || formats.stream().anyMatch(documentFormats::contains);
    }
}
