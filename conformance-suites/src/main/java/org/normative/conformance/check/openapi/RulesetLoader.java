package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonFormat;
import org.normative.conformance.result.Severity;
import org.normative.conformance.submission.MediaTypeDetector;
import org.normative.standards.LocalizedText;

/**
 * Loads a Spectral rule set (YAML or JSON) from a suite package as it is published: {@code extends} of other
 * files of the package (with the modes {@code recommended}, {@code all}, {@code off}), YAML merge keys
 * ({@code <<: *rule}), {@code formats}, {@code aliases}, and rule overrides ({@code rule: off}, {@code rule: warn}).
 *
 * <p>What cannot be evaluated is kept, with the reason, as an {@link UntestedRule}: a rule calling a custom
 * JavaScript function, a JSONPath or filter this kind does not understand, a built-in or remote rule set (which
 * also covers the overrides of rules only it defines). A rule set that is broken as a whole (not a mapping, a
 * missing file, an {@code extends} loop, an override of a rule nobody defines) refuses the suite.
 */
final class RulesetLoader {

    private static final Severity DEFAULT_SEVERITY = Severity.WARNING;
    private static final Set<String> OFF = Set.of("off", "false", "-1");
    private static final Set<String> ASYNCAPI = Set.of("asyncapi2", "asyncapi3");

    private final SuiteResources resources;
    private final String testCase;
    private final HardenedJsonReader reader = new HardenedJsonReader(Limits.DEFAULT);

    RulesetLoader(SuiteResources resources, String testCase) {
        this.resources = resources;
        this.testCase = testCase;
    }

    /** A rule as written, with where it comes from and what overrides did to it. */
    private record Definition(String name, JsonNode body, Path file, JsonNode fileFormats, Set<String> customFunctions,
                              String functionsDir, boolean enabled, String severity) {

        Definition with(boolean on, String word) {
            return new Definition(name, body, file, fileFormats, customFunctions, functionsDir, on, word != null ? word : severity);
        }

        boolean recommended() {
            return body.path("recommended").asBoolean(true);
        }
    }

    /** What one file and the files it extends define. */
    private static final class Definitions {
        final Map<String, Definition> rules = new LinkedHashMap<>();
        final Map<String, UntestedRule> untested = new LinkedHashMap<>();
        final List<String> unavailable = new ArrayList<>();
        final Map<String, JsonNode> aliases = new LinkedHashMap<>();
    }

    Ruleset load(String relativePath) throws ConformanceException {
        Definitions definitions = collect(resources.resolve(relativePath), new LinkedHashSet<>());
        List<Rule> rules = new ArrayList<>();
        List<UntestedRule> untested = new ArrayList<>(definitions.untested.values());
        List<String> disabled = new ArrayList<>();
        for (Definition definition : definitions.rules.values()) {
            String severity = definition.severity() != null ? definition.severity() : definition.body().path("severity").asText(null);
            if (!definition.enabled() || (severity != null && OFF.contains(severity.toLowerCase(Locale.ROOT)))) {
                disabled.add(definition.name());
                continue;
            }
            Set<String> formats = formats(definition.body().has("formats") ? definition.body().get("formats") : definition.fileFormats());
            try {
                rules.add(compile(definition, severity, formats, definitions.aliases));
            } catch (UnsupportedPathException e) {
                untested.add(new UntestedRule(definition.name(), text("openapiRules.notTested.path", e.expression, e.position), formats));
            } catch (ConformanceException e) {
                untested.add(new UntestedRule(definition.name(), e.text(), formats));
            }
        }
        return new Ruleset(rules, untested, disabled);
    }

    private Definitions collect(Path file, Set<Path> chain) throws ConformanceException {
        String name = resources.root().relativize(file).toString();
        if (!chain.add(file)) {
            throw new ConformanceException("openapiRules.extendsLoop", testCase, name);
        }
        JsonNode root = read(file, name);
        if (!root.isObject()) {
            throw new ConformanceException("openapiRules.invalid", testCase, name, "it is not a mapping");
        }
        Definitions definitions = new Definitions();
        for (JsonNode entry : list(root.get("extends"))) {
            String target = entry.isArray() ? entry.path(0).asText() : entry.asText();
            String mode = entry.isArray() ? entry.path(1).asText("recommended") : "recommended";
            if (isLocal(target)) {
                Path extended = resources.resolve(resources.root().relativize(file.getParent().resolve(target).normalize()).toString());
                merge(definitions, collect(extended, new LinkedHashSet<>(chain)), mode);
            } else {
                definitions.unavailable.add(target);
                Set<String> formats = target.toLowerCase(Locale.ROOT).contains("asyncapi") ? ASYNCAPI : null;
                definitions.untested.put(target, new UntestedRule(target, text("openapiRules.notTested.builtIn", target), formats));
            }
        }
        Set<String> custom = new HashSet<>();
        list(root.get("functions")).forEach(function -> custom.add(function.asText()));
        String functionsDir = root.path("functionsDir").asText("functions");
        JsonNode fileFormats = root.get("formats");
        if (root.path("aliases").isObject()) {
            root.get("aliases").fields().forEachRemaining(alias -> definitions.aliases.put(alias.getKey(), alias.getValue()));
        }
        if (root.has("overrides")) {
            definitions.untested.put("overrides", new UntestedRule("overrides", text("openapiRules.notTested.overrides", name), null));
        }
        JsonNode rules = root.path("rules");
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rule = it.next();
            JsonNode body = rule.getValue();
            if (body.isObject()) {
                definitions.rules.put(rule.getKey(), new Definition(rule.getKey(), body, file, fileFormats, custom, functionsDir, true, null));
                continue;
            }
            boolean on = !(body.isBoolean() && !body.booleanValue()) && !OFF.contains(body.asText().toLowerCase(Locale.ROOT));
            String severity = body.isBoolean() ? null : body.asText();
            Definition inherited = definitions.rules.get(rule.getKey());
            if (inherited != null) {
                definitions.rules.put(rule.getKey(), inherited.with(on, on ? severity : null));
            } else if (!definitions.unavailable.isEmpty()) {
                if (on) {
                    definitions.untested.put(rule.getKey(), new UntestedRule(rule.getKey(),
                            text("openapiRules.notTested.builtInRule", String.join(", ", definitions.unavailable)), null));
                } else {
                    definitions.untested.remove(rule.getKey());
                }
            } else {
                throw new ConformanceException("openapiRules.unknownOverride", testCase, name, body.asText(), rule.getKey());
            }
        }
        return definitions;
    }

    /** Takes over what an extended file defines, as its {@code extends} mode says. */
    private static void merge(Definitions into, Definitions extended, String mode) {
        for (Definition definition : extended.rules.values()) {
            boolean on = switch (mode) {
                case "all" -> true;
                case "off" -> false;
                default -> definition.enabled() && definition.recommended();
            };
            into.rules.put(definition.name(), definition.with(on, null));
        }
        into.untested.putAll(extended.untested);
        into.unavailable.addAll(extended.unavailable);
        into.aliases.putAll(extended.aliases);
    }

    private Rule compile(Definition definition, String severityWord, Set<String> formats, Map<String, JsonNode> aliases)
            throws UnsupportedPathException, ConformanceException {
        JsonNode body = definition.body();
        List<JsonPath> given = new ArrayList<>();
        for (JsonNode path : list(body.get("given"))) {
            for (String expanded : expand(path.asText(), aliases, 0)) {
                given.add(JsonPath.parse(expanded));
            }
        }
        List<RuleAction> then = new ArrayList<>();
        for (JsonNode action : list(body.get("then"))) {
            String function = action.path("function").asText("");
            if (!CoreFunctions.isCore(function)) {
                throw definition.customFunctions().contains(function)
                        ? new ConformanceException("openapiRules.notTested.customFunction", function, definition.functionsDir())
                        : new ConformanceException("openapiRules.notTested.unknownFunction", function);
            }
            JsonNode field = action.get("field");
            RuleFunction compiled = CoreFunctions.create(function, action.get("functionOptions"),
                    new CoreFunctions.Origin(resources, definition.file(), definition.name(), testCase));
            then.add(RuleAction.of(field == null || field.isNull() ? null : field.asText(), function, compiled));
        }
        if (given.isEmpty() || then.isEmpty()) {
            throw new ConformanceException("openapiRules.notTested.incomplete");
        }
        return new Rule(definition.name(), given, then, severity(severityWord), text(body, "message"), text(body, "description"),
                formats, body.path("resolved").asBoolean(true));
    }

    /** {@code #Alias.rest} with each path the alias stands for. */
    private static List<String> expand(String given, Map<String, JsonNode> aliases, int depth) throws ConformanceException {
        if (!given.startsWith("#")) {
            return List.of(given);
        }
        int end = 1;
        while (end < given.length() && ".[~^".indexOf(given.charAt(end)) < 0) {
            end++;
        }
        String alias = given.substring(1, end);
        JsonNode paths = aliases.get(alias);
        if (paths == null || depth > 8 || !(paths.isArray() || paths.isTextual())) {
            throw new ConformanceException("openapiRules.notTested.alias", alias);
        }
        List<String> expanded = new ArrayList<>();
        for (JsonNode path : list(paths)) {
            expanded.addAll(expand(path.asText() + given.substring(end), aliases, depth + 1));
        }
        return expanded;
    }

    static Severity severity(String word) {
        if (word == null || word.isBlank()) {
            return DEFAULT_SEVERITY;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "error", "0" -> Severity.ERROR;
            case "warn", "warning", "1" -> Severity.WARNING;
            default -> Severity.fromRuleWord(word);
        };
    }

    private static Set<String> formats(JsonNode formats) {
        if (formats == null || !formats.isArray()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        formats.forEach(format -> names.add(ApiFormat.normalise(format.asText())));
        return names;
    }

    /** A path in the package, as opposed to a built-in rule set ("spectral:oas"), a URL or a package name. */
    private static boolean isLocal(String target) {
        if (target.contains("://") || target.startsWith("@")) {
            return false;
        }
        return target.startsWith("./") || target.startsWith("../") || target.matches("(?i).*\\.(ya?ml|json)");
    }

    private JsonNode read(Path file, String name) throws ConformanceException {
        try (InputStream in = Files.newInputStream(file)) {
            return withMergeKeys(reader.read(in, JsonFormat.of(new MediaTypeDetector().detect(file)), name).root());
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", name, e.getMessage());
        }
    }

    /**
     * YAML 1.1 merge keys, which Spectral's YAML reader applies: {@code <<: *anchor} (or a list of them) copies the
     * anchored mapping's members that the mapping does not set itself. Builds new mappings, since an anchored one
     * is shared by every alias of it.
     */
    static JsonNode withMergeKeys(JsonNode node) {
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(withMergeKeys(item)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(member -> {
            if (!member.getKey().equals("<<")) {
                object.set(member.getKey(), withMergeKeys(member.getValue()));
            }
        });
        for (JsonNode merged : list(node.get("<<"))) {
            if (merged.isObject()) {
                JsonNode copy = withMergeKeys(merged);
                copy.fields().forEachRemaining(member -> {
                    if (!object.has(member.getKey())) {
                        object.set(member.getKey(), member.getValue());
                    }
                });
            }
        }
        return object;
    }

    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        return items;
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static LocalizedText text(String key, Object... arguments) {
        return ConformanceException.MESSAGES.text(key, arguments);
    }
}
