package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * JSON values with JavaScript's meaning, as Spectral's rules and JSONPath filters take them: truthiness, loose
 * and strict equality, comparison, {@code typeof}, and how a value is printed in a message. Java null stands
 * for {@code undefined}.
 */
final class JsValues {

    private JsValues() {
    }

    static boolean truthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            return number != 0 && !Double.isNaN(number);
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return true; // objects and arrays, even empty ones
    }

    static boolean undefined(JsonNode value) {
        return value == null || value.isMissingNode();
    }

    static String typeOf(JsonNode value) {
        if (undefined(value)) {
            return "undefined";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        return "object";
    }

    /** {@code ===}: same type and value; objects and arrays only when they are the same value. */
    static boolean strictEquals(JsonNode a, JsonNode b) {
        if (undefined(a) || undefined(b)) {
            return undefined(a) && undefined(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        if (a.isContainerNode() || b.isContainerNode()) {
            return a == b;
        }
        return a.getNodeType() == b.getNodeType() && a.asText().equals(b.asText());
    }

    /** {@code ==}: null equals undefined, and numbers, strings and booleans are compared as numbers across types. */
    static boolean looseEquals(JsonNode a, JsonNode b) {
        boolean aNothing = undefined(a) || a.isNull();
        boolean bNothing = undefined(b) || b.isNull();
        if (aNothing || bNothing) {
            return aNothing && bNothing;
        }
        if (a.getNodeType() == b.getNodeType() || a.isContainerNode() || b.isContainerNode()) {
            return strictEquals(a, b);
        }
        return number(a) == number(b);
    }

    /** {@code <}, {@code <=}, {@code >}, {@code >=}: strings by UTF-16 code units, anything else as numbers. */
    static int compare(JsonNode a, JsonNode b) {
        if (a != null && b != null && a.isTextual() && b.isTextual()) {
            return Integer.signum(a.textValue().compareTo(b.textValue()));
        }
        double x = number(a);
        double y = number(b);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Integer.MIN_VALUE; // unordered: every comparison is false
        }
        return Double.compare(x, y);
    }

    static double number(JsonNode value) {
        if (undefined(value)) {
            return Double.NaN;
        }
        if (value.isNull()) {
            return 0;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        if (value.isTextual()) {
            String text = value.textValue().strip();
            if (text.isEmpty()) {
                return 0;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static JsonNode of(boolean value) {
        return BooleanNode.valueOf(value);
    }

    static JsonNode of(String value) {
        return TextNode.valueOf(value);
    }

    static JsonNode of(double value) {
        return DoubleNode.valueOf(value);
    }

    /** A value as messages show it: strings as they are, numbers without ".0", anything else as JSON. */
    static String print(JsonNode value) {
        if (undefined(value)) {
            return "undefined";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() && value.canConvertToExactIntegral()) {
            return value.bigIntegerValue().toString();
        }
        String json = value.toString();
        return json.length() > 200 ? json.substring(0, 200) + "…" : json;
    }
}
