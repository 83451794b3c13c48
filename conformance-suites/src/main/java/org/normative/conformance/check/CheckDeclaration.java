package org.normative.conformance.check;

import java.util.Map;
import java.util.Objects;
import org.normative.conformance.ConformanceException;

/**
 * A {@code <check>} element of {@code suite.xml}: its kind, its attributes (the kind's parameters, e.g.
 * {@code schema="resources/invoice.xsd"}) and its text (e.g. a manual procedure).
 *
 * @param testCase the id of the test case it belongs to, for messages
 */
public record CheckDeclaration(String kind, String testCase, Map<String, String> attributes, String text) {

    public CheckDeclaration {
        Objects.requireNonNull(kind, "kind");
        attributes = Map.copyOf(attributes);
        text = text == null ? "" : text.strip();
    }

    /** The attribute's value, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    public String attribute(String name, String fallback) {
        return attributes.getOrDefault(name, fallback);
    }

    /** The attribute's value; a suite without it is refused, naming the test case, the kind and the attribute. */
    public String require(String name) throws ConformanceException {
        String value = attributes.get(name);
        if (value == null || value.isBlank()) {
            throw new ConformanceException("suite.check.attributeMissing", testCase, kind, name);
        }
        return value;
    }
}
