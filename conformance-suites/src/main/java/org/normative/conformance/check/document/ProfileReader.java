package org.normative.conformance.check.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonFormat;
import org.normative.conformance.result.Severity;
import org.normative.conformance.submission.MediaTypeDetector;

/**
 * Reads a document profile (JSON or YAML, with the hardened reader) and refuses, naming the place, anything it does
 * not understand: an unknown key is more likely a typo than something to ignore. The format is documented in
 * {@code docs/suite-authoring.md}.
 */
final class ProfileReader {

    private static final Set<String> COMMON = Set.of("id", "type", "severity", "formats");

    private final String testCase;
    private final String file;

    private ProfileReader(String testCase, String file) {
        this.testCase = testCase;
        this.file = file;
    }

    static DocumentProfile read(SuiteResources resources, String relativePath, String testCase) throws ConformanceException {
        Path path = resources.resolve(relativePath);
        JsonNode root;
        try (InputStream in = Files.newInputStream(path)) {
            root = new HardenedJsonReader(Limits.DEFAULT).read(in, JsonFormat.of(new MediaTypeDetector().detect(path)), relativePath).root();
        } catch (IOException e) {
            throw new ConformanceException(e, "document.profile.unreadable", testCase, relativePath, e.getMessage());
        }
        return new ProfileReader(testCase, relativePath).profile(root);
    }

    private DocumentProfile profile(JsonNode root) throws ConformanceException {
        if (!root.isObject() || !root.path("rules").isArray() || root.path("rules").isEmpty()) {
            throw new ConformanceException("document.profile.noRules", testCase, file);
        }
        known(root, "", Set.of("rules", "max-pages", "title", "description"));
        int maxPages = root.has("max-pages") ? integer(root, "", "max-pages", 1) : DocumentProfile.DEFAULT_MAX_PAGES;
        List<ProfileRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < root.path("rules").size(); i++) {
            ProfileRule rule = rule(root.path("rules").get(i), "/rules/" + i);
            if (!ids.add(rule.basics().id())) {
                throw new ConformanceException("document.profile.duplicateId", testCase, file, rule.basics().id());
            }
            rules.add(rule);
        }
        return new DocumentProfile(rules, maxPages);
    }

    private ProfileRule rule(JsonNode node, String at) throws ConformanceException {
        if (!node.isObject()) {
            throw value(at, "", "document.profile.object");
        }
        ProfileRule.Basics basics = new ProfileRule.Basics(text(node, at, "id"), severity(node, at), formats(node, at));
        String type = oneOf(node, at, "type", null, "headings", "metadata", "page-count", "fonts-embedded", "text-present",
                "text-length", "forbidden-phrases");
        return switch (type) {
            case "headings" -> {
                known(node, at, "sections", "ordered", "in", "level");
                List<Section> sections = new ArrayList<>();
                for (JsonNode section : list(node, at, "sections")) {
                    sections.add(section(section, at + "/sections/" + sections.size()));
                }
                boolean headingsOnly = "headings".equals(oneOf(node, at, "in", "text", "text", "headings"));
                Integer level = node.has("level") ? integer(node, at, "level", 1) : null;
                yield new HeadingsRule(basics, sections, bool(node, at, "ordered"), headingsOnly || level != null, level);
            }
            case "metadata" -> {
                known(node, at, "field", "match");
                MetadataField field = MetadataField.of(oneOf(node, at, "field", null, "title", "author", "subject", "keywords", "language"));
                yield new MetadataRule(basics, field, node.has("match") ? pattern(node.get("match"), at + "/match") : null);
            }
            case "page-count" -> {
                known(node, at, "min", "max");
                Integer min = node.has("min") ? integer(node, at, "min", 0) : null;
                Integer max = node.has("max") ? integer(node, at, "max", 0) : null;
                if (min == null && max == null || min != null && max != null && min > max) {
                    throw new ConformanceException("document.profile.range", testCase, file, at);
                }
                yield new PageCountRule(basics, min, max);
            }
            case "fonts-embedded" -> {
                known(node, at);
                yield new FontsEmbeddedRule(basics);
            }
            case "text-present" -> {
                known(node, at, "min-characters", "allowed-pages-without-text", "report");
                int min = node.has("min-characters") ? integer(node, at, "min-characters", 1) : 1;
                int allowed = node.has("allowed-pages-without-text") ? integer(node, at, "allowed-pages-without-text", 0) : 0;
                yield new TextPresentRule(basics, min, allowed, "page".equals(oneOf(node, at, "report", "page", "page", "document")));
            }
            case "text-length" -> {
                known(node, at, "min");
                if (!node.has("min")) {
                    throw new ConformanceException("document.profile.missing", testCase, file, at, "min");
                }
                yield new TextLengthRule(basics, integer(node, at, "min", 1));
            }
            default -> {
                known(node, at, "phrases");
                List<TextPattern> phrases = new ArrayList<>();
                for (JsonNode phrase : list(node, at, "phrases")) {
                    phrases.add(pattern(phrase, at + "/phrases/" + phrases.size()));
                }
                yield new ForbiddenPhrasesRule(basics, phrases);
            }
        };
    }

    /** A section: a heading pattern, or {@code {name, match: [patterns]}} for one with several spellings. */
    private Section section(JsonNode node, String at) throws ConformanceException {
        if (node.isObject() && node.has("match")) {
            known(node, at, Set.of("name", "match"));
            List<TextPattern> headings = new ArrayList<>();
            JsonNode match = node.get("match");
            if (match.isArray()) {
                for (JsonNode heading : list(node, at, "match")) {
                    headings.add(pattern(heading, at + "/match/" + headings.size()));
                }
            } else {
                headings.add(pattern(match, at + "/match"));
            }
            String name = node.has("name") ? text(node, at, "name") : headings.get(0).describe();
            return new Section(name, headings);
        }
        TextPattern heading = pattern(node, at);
        return new Section(heading.describe(), List.of(heading));
    }

    /** A text pattern: a string (exact), or one of {@code {exact: ...}}, {@code {ignore-case: ...}}, {@code {regex: ...}}. */
    private TextPattern pattern(JsonNode node, String at) throws ConformanceException {
        if (node.isTextual() && !node.textValue().isBlank()) {
            return TextPattern.exact(node.textValue());
        }
        if (node.isObject() && node.size() == 1) {
            String mode = node.fieldNames().next();
            JsonNode text = node.get(mode);
            if (text.isTextual() && !text.textValue().isBlank()) {
                switch (mode) {
                    case "exact":
                        return TextPattern.exact(text.textValue());
                    case "ignore-case":
                        return TextPattern.ignoreCase(text.textValue());
                    case "regex":
                        try {
                            return TextPattern.regex(text.textValue());
                        } catch (PatternSyntaxException e) {
                            throw new ConformanceException(e, "document.profile.regex", testCase, file, at, text.textValue(),
                                    e.getDescription());
                        }
                    default:
                        break;
                }
            }
        }
        throw value(at, node.toString(), "document.profile.pattern");
    }

    private Severity severity(JsonNode node, String at) throws ConformanceException {
        return Severity.fromRuleWord(oneOf(node, at, "severity", "error", "error", "warning", "info"));
    }

    private Set<DocumentFormat> formats(JsonNode node, String at) throws ConformanceException {
        if (!node.has("formats")) {
            return EnumSet.allOf(DocumentFormat.class);
        }
        Set<DocumentFormat> formats = EnumSet.noneOf(DocumentFormat.class);
        for (JsonNode format : list(node, at, "formats")) {
            DocumentFormat known = format.isTextual() ? DocumentFormat.of(format.textValue()) : null;
            if (known == null) {
                throw new ConformanceException("document.profile.oneOf", testCase, file, at, "formats", "\"pdf\", \"docx\"",
                        format.toString());
            }
            formats.add(known);
        }
        return formats;
    }

    private String oneOf(JsonNode node, String at, String key, String fallback, String... allowed) throws ConformanceException {
        JsonNode value = node.get(key);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value == null) {
            throw new ConformanceException("document.profile.missing", testCase, file, at, key);
        }
        for (String word : allowed) {
            if (value.isTextual() && word.equals(value.textValue())) {
                return word;
            }
        }
        throw new ConformanceException("document.profile.oneOf", testCase, file, at, key,
                "\"" + String.join("\", \"", allowed) + "\"", value.toString());
    }

    private String text(JsonNode node, String at, String key) throws ConformanceException {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new ConformanceException("document.profile.missing", testCase, file, at, key);
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw value(at + "/" + key, value.toString(), "document.profile.text");
        }
        return value.textValue().strip();
    }

    private int integer(JsonNode node, String at, String key, int least) throws ConformanceException {
        JsonNode value = node.get(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < least) {
            throw new ConformanceException("document.profile.integer", testCase, file, at + "/" + key, least, value.toString());
        }
        return value.intValue();
    }

    private boolean bool(JsonNode node, String at, String key) throws ConformanceException {
        JsonNode value = node.get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw value(at + "/" + key, value.toString(), "document.profile.boolean");
        }
        return value.booleanValue();
    }

    private Iterable<JsonNode> list(JsonNode node, String at, String key) throws ConformanceException {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new ConformanceException("document.profile.missing", testCase, file, at, key);
        }
        if (!value.isArray() || value.isEmpty()) {
            throw value(at + "/" + key, value.toString(), "document.profile.list");
        }
        return value;
    }

    private void known(JsonNode node, String at, String... specific) throws ConformanceException {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(List.of(specific));
        known(node, at, allowed);
    }

    private void known(JsonNode node, String at, Set<String> allowed) throws ConformanceException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ConformanceException("document.profile.unknownKey", testCase, file, at.isEmpty() ? "/" : at, name);
            }
        }
    }

    private ConformanceException value(String at, String actual, String key) {
        return new ConformanceException(key, testCase, file, at, actual);
    }
}
