package org.normative.standards.check;

import java.util.Locale;
import java.util.Objects;

import org.normative.standards.LocalizedText;

/** One thing an editorial check found: which rule, how bad, where, and what to tell people (English and Chinese). */
public record Finding(Rule rule, Severity severity, Location location, LocalizedText message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    static Finding of(Rule rule, Location location, String messageKey, Object... arguments) {
        return new Finding(rule, rule.severity(), location, CheckMessages.text(messageKey, arguments));
    }

    public String ruleId() {
        return rule.id();
    }

    public String message(Locale locale) {
        return message.in(locale);
    }

    /** One line of the text report: {@code WARNING must-used 4.2 Paging: ...}. */
    public String toLine(Locale locale) {
        return CheckMessages.format(locale, "line", CheckMessages.format(locale, "severity." + severity.name()),
                rule.id(), location.describe(locale), message(locale));
    }
}
