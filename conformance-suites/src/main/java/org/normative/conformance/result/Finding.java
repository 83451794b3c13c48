package org.normative.conformance.result;

import java.util.Objects;

/**
 * One thing a check found: the rule or assertion that fired, how much it weighs, the message in the rule's own
 * words, where, and (where the check knows them) the offending value and a snippet of the source around it.
 */
public record Finding(String ruleId, Severity severity, String message, Location location, String actual, String snippet) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    public static Finding of(String ruleId, Severity severity, String message, Location location) {
        return new Finding(ruleId, severity, message, location, null, null);
    }

    public Finding withActual(String value) {
        return new Finding(ruleId, severity, message, location, value, snippet);
    }

    public Finding withSnippet(String text) {
        return new Finding(ruleId, severity, message, location, actual, text);
    }
}
