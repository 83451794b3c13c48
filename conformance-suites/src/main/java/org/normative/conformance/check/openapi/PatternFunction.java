package org.normative.conformance.check.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.GuardedText;

/**
 * {@code pattern}: a string must match {@code match} and must not match {@code notMatch}, each a JavaScript
 * regular expression, searched (not anchored) as {@code RegExp.test} does. Other values are not judged.
 */
final class PatternFunction implements RuleFunction {

    private final String matchSource;
    private final Pattern match;
    private final String notMatchSource;
    private final Pattern notMatch;

    PatternFunction(String match, String notMatch) {
        this.matchSource = match;
        this.match = match == null ? null : JsRegex.compile(match);
        this.notMatchSource = notMatch;
        this.notMatch = notMatch == null ? null : JsRegex.compile(notMatch);
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        var value = target.node().value;
        if (value == null || !value.isTextual()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (match != null && !find(match, value.textValue(), context)) {
            problems.add(new Problem(RuleFunction.value(target.node()) + " must match the pattern \"" + matchSource + "\"", List.of()));
        }
        if (notMatch != null && find(notMatch, value.textValue(), context)) {
            problems.add(new Problem(RuleFunction.value(target.node()) + " must not match the pattern \"" + notMatchSource + "\"", List.of()));
        }
        return problems;
    }

    static boolean find(Pattern pattern, String text, CheckContext context) {
        return pattern.matcher(new GuardedText(text, context)).find();
    }
}
