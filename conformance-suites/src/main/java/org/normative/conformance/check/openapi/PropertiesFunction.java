package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.normative.conformance.check.CheckContext;

/** {@code or} (at least one of the {@code properties} defined) and {@code xor} (exactly one), on objects. */
final class PropertiesFunction implements RuleFunction {

    private final List<String> properties;
    private final boolean exactlyOne;

    PropertiesFunction(List<String> properties, boolean exactlyOne) {
        this.properties = List.copyOf(properties);
        this.exactlyOne = exactlyOne;
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        JsonNode value = target.node().value;
        if (value == null || !value.isObject()) {
            return List.of();
        }
        long defined = properties.stream().filter(value::has).count();
        String names = properties.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        if (exactlyOne && defined != 1) {
            return Problem.of(names + " must not be both defined or both undefined");
        }
        if (!exactlyOne && defined == 0) {
            return Problem.of("at least one of the following properties must be defined: " + names);
        }
        return List.of();
    }
}
