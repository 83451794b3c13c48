package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.normative.conformance.check.CheckContext;

/**
 * {@code length}: the length of a string (UTF-16 code units, as JavaScript counts), the items of an array, the
 * members of an object, or a number itself, within {@code min} and {@code max}.
 */
final class LengthFunction implements RuleFunction {

    private final Double min;
    private final Double max;

    LengthFunction(Double min, Double max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        JsonNode value = target.node().value;
        double length;
        if (value == null) {
            return List.of();
        } else if (value.isTextual()) {
            length = value.textValue().length();
        } else if (value.isContainerNode()) {
            length = value.size();
        } else if (value.isNumber()) {
            length = value.doubleValue();
        } else {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (min != null && length < min) {
            problems.add(new Problem(RuleFunction.property(target.node()) + "must be longer than " + JsValues.print(JsValues.of(min)), List.of()));
        }
        if (max != null && length > max) {
            problems.add(new Problem(RuleFunction.property(target.node()) + "must be shorter than " + JsValues.print(JsValues.of(max)), List.of()));
        }
        return problems;
    }
}
