package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.normative.conformance.check.CheckContext;

/** {@code enumeration}: a string, number, boolean or null must be one of {@code values}. */
final class EnumerationFunction implements RuleFunction {

    private final List<JsonNode> values;

    EnumerationFunction(List<JsonNode> values) {
        this.values = List.copyOf(values);
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        JsonNode value = target.node().value;
        if (value == null || value.isContainerNode()) {
            return List.of();
        }
        for (JsonNode allowed : values) {
            if (JsValues.strictEquals(allowed, value)) {
                return List.of();
            }
        }
        return Problem.of(RuleFunction.value(target.node()) + " must be equal to one of the allowed values: "
                + values.stream().map(v -> "\"" + JsValues.print(v) + "\"").collect(Collectors.joining(", ")));
    }
}
