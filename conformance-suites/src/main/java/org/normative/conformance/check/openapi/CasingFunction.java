package org.normative.conformance.check.openapi;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.normative.conformance.check.CheckContext;

/**
 * {@code casing}: a string must be written in one case (flat, camel, pascal, kebab, cobol, snake, macro), with
 * Spectral's patterns: digits allowed unless {@code disallowDigits}, and optionally made of several such words
 * joined by {@code separator.char} (leading separator with {@code separator.allowLeading}).
 */
final class CasingFunction implements RuleFunction {

    static final Map<String, String> CASES = Map.of(
            "flat", "[a-z][a-z{D}]*",
            "camel", "[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
            "pascal", "[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
            "kebab", "[a-z][a-z{D}]*(?:-[a-z{D}]+)*",
            "cobol", "[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*",
            "snake", "[a-z][a-z{D}]*(?:_[a-z{D}]+)*",
            "macro", "[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*");

    private final String type;
    private final Pattern pattern;
    private final String separator;
    private final boolean allowLeading;

    CasingFunction(String type, boolean disallowDigits, String separator, boolean allowLeading) {
        this.type = type;
        this.separator = separator;
        this.allowLeading = allowLeading;
        String word = CASES.get(type).replace("{D}", disallowDigits ? "" : "0-9");
        if (separator == null) {
            pattern = Pattern.compile("^" + word + "$");
        } else {
            String quoted = "[" + Pattern.quote(separator) + "]";
            pattern = Pattern.compile("^" + (allowLeading ? quoted + "?" : "") + word + "(?:" + quoted + word + ")*$");
        }
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        var value = target.node().value;
        if (value == null || !value.isTextual()) {
            return List.of();
        }
        String text = value.textValue();
        if (text.length() == 1 && allowLeading && text.equals(separator)) {
            return List.of();
        }
        return PatternFunction.find(pattern, text, context) ? List.of()
                : Problem.of(RuleFunction.value(target.node()) + " must be " + type + " case");
    }
}
