package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.check.json.EmbeddedSchema;

/** Spectral's core functions by name, built from a rule's {@code functionOptions}. */
final class CoreFunctions {

    static final Set<String> NAMES = Set.of("truthy", "falsy", "defined", "undefined", "pattern", "casing",
            "enumeration", "length", "schema", "alphabetical", "or", "xor");

    /** Where a rule's options come from, for schemas with relative references and for messages. */
    record Origin(SuiteResources resources, Path file, String rule, String testCase) {
    }

    private CoreFunctions() {
    }

    static boolean isCore(String name) {
        return NAMES.contains(name);
    }

    /**
     * The function with these options; options it cannot use are refused with what is wrong, so that the rule is
     * reported as not tested rather than run in a way its authors did not mean.
     */
    static RuleFunction create(String name, JsonNode options, Origin origin) throws ConformanceException {
        JsonNode given = options == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : options;
        try {
            return switch (name) {
                case "truthy" -> PresenceFunction.TRUTHY;
                case "falsy" -> PresenceFunction.FALSY;
                case "defined" -> PresenceFunction.DEFINED;
                case "undefined" -> PresenceFunction.UNDEFINED;
                case "pattern" -> pattern(given);
                case "casing" -> casing(given);
                case "enumeration" -> new EnumerationFunction(list(given, "values"));
                case "length" -> length(given);
                case "schema" -> schema(given, origin);
                case "alphabetical" -> new AlphabeticalFunction(text(given, "keyedBy"));
                case "or", "xor" -> new PropertiesFunction(names(given), name.equals("xor"));
                default -> throw new IllegalArgumentException("not a core function");
            };
        } catch (IllegalArgumentException e) {
            throw new ConformanceException(e, "openapiRules.options", name, e.getMessage());
        }
    }

    private static RuleFunction pattern(JsonNode options) {
        String match = text(options, "match");
        String notMatch = text(options, "notMatch");
        if (match == null && notMatch == null) {
            throw new IllegalArgumentException("\"match\" or \"notMatch\" is needed");
        }
        return new PatternFunction(match, notMatch);
    }

    private static RuleFunction casing(JsonNode options) {
        String type = text(options, "type");
        if (type == null || !CasingFunction.CASES.containsKey(type)) {
            throw new IllegalArgumentException("\"type\" must be one of " + String.join(", ", CasingFunction.CASES.keySet()));
        }
        JsonNode separator = options.path("separator");
        String character = separator.isObject() ? text(separator, "char") : null;
        if (separator.isObject() && (character == null || character.length() != 1)) {
            throw new IllegalArgumentException("\"separator.char\" must be one character");
        }
        return new CasingFunction(type, options.path("disallowDigits").asBoolean(false), character,
                separator.path("allowLeading").asBoolean(false));
    }

    private static RuleFunction length(JsonNode options) {
        Double min = number(options, "min");
        Double max = number(options, "max");
        if (min == null && max == null) {
            throw new IllegalArgumentException("\"min\" or \"max\" is needed");
        }
        return new LengthFunction(min, max);
    }

    private static RuleFunction schema(JsonNode options, Origin origin) throws ConformanceException {
        JsonNode schema = options.get("schema");
        if (schema == null || !(schema.isObject() || schema.isBoolean())) {
            throw new IllegalArgumentException("\"schema\" must be a JSON Schema");
        }
        String dialect = options.path("dialect").asText("auto");
        Integer draft = switch (dialect) {
            case "auto" -> null;
            case "draft4" -> 4;
            case "draft6" -> 6;
            case "draft7" -> 7;
            default -> throw new ConformanceException("openapiRules.dialect", dialect);
        };
        String name = "rule " + origin.rule() + " in " + origin.resources().root().relativize(origin.file());
        return new SchemaFunction(EmbeddedSchema.compile(schema, origin.file(), draft, origin.resources(), name, origin.testCase()));
    }

    private static String text(JsonNode options, String name) {
        JsonNode value = optional(options, name, JsonNode::isTextual, "text");
        return value == null ? null : value.textValue();
    }

    private static Double number(JsonNode options, String name) {
        JsonNode value = optional(options, name, JsonNode::isNumber, "a number");
        return value == null ? null : value.doubleValue();
    }

    /** The option, null when it is not given; of another type than {@code kind}, it is refused. */
    private static JsonNode optional(JsonNode options, String name, Predicate<JsonNode> type, String kind) {
        JsonNode value = options.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!type.test(value)) {
            throw new IllegalArgumentException("\"" + name + "\" must be " + kind);
        }
        return value;
    }

    private static List<JsonNode> list(JsonNode options, String name) {
        JsonNode value = options.get(name);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static List<String> names(JsonNode options) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : list(options, "properties")) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("\"properties\" must be a list of names");
            }
            names.add(item.textValue());
        }
        if (names.size() < 2) {
            throw new IllegalArgumentException("\"properties\" must name at least two properties");
        }
        return names;
    }
}
