package org.normative.conformance.result;

import java.util.Locale;

/** How much a finding weighs: an ERROR fails the test case, a WARNING makes it pass with a warning. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /**
     * The severity a rule declares in its own words: Schematron {@code flag} or {@code role}, Spectral
     * {@code severity}. Unknown words count as errors: a rule that cannot say what it is must not pass quietly.
     */
    public static Severity fromRuleWord(String word) {
        if (word == null || word.isBlank()) {
            return ERROR;
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "warning", "warn", "caution", "1" -> WARNING;
            case "info", "information", "informational", "hint", "2", "3" -> INFO;
            default -> ERROR;
        };
    }
}
