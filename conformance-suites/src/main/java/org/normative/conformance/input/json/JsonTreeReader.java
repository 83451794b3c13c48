package org.normative.conformance.input.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;

/**
 * Builds a tree from a parser without recursion, so depth costs heap, not stack. On the way it counts the depth
 * (YAML has no depth bound of its own in Jackson), records duplicate names, and expands YAML aliases by sharing
 * the anchored node, within bounds: a "billion laughs" document is refused, not expanded.
 *
 * <p>Numbers keep their exact value: integers as int, long or BigInteger, decimals as BigDecimal, as written.
 */
final class JsonTreeReader {

    /** Values that the aliases of one YAML document may add beyond those it spells out. */
    static final long MAX_ALIAS_VALUES = 1_000_000;
    /** Largest decimal exponent accepted: arithmetic on 1e999999999 would take the heap. */
    static final int MAX_EXPONENT = 10_000;

    private final JsonParser parser;
    private final String name;
    private final int maxDepth;
    private final int maxAliases;
    private final boolean yaml;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private long values;
    private int depth;
    private int aliases;
    private long aliasValues;

    private record Anchored(JsonNode node, long values) {
    }

    /** An open object or array, the name or index it has in its parent, and its YAML anchor. */
    private static final class Frame {
        final ContainerNode<?> node;
        final String segment;
        final String anchor;
        final long valuesAtStart;
        String pendingName;

        Frame(ContainerNode<?> node, String segment, String anchor, long valuesAtStart) {
            this.node = node;
            this.segment = segment;
            this.anchor = anchor;
            this.valuesAtStart = valuesAtStart;
        }
    }

    private final UnaryOperator<SourcePosition> place;

    /** {@code place} maps the parser's positions to the file's, where the parser reads one line of it. */
    JsonTreeReader(JsonParser parser, String name, Limits limits, UnaryOperator<SourcePosition> place) {
        this.parser = parser;
        this.name = name;
        this.maxDepth = limits.maxNestingDepth();
        this.maxAliases = limits.maxYamlAliases();
        this.place = place;
        this.yaml = parser instanceof YAMLParser;
    }

    /** Reads the one document the parser holds; more content after it is refused. */
    JsonDocument read() throws IOException, ArtifactException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new ArtifactException("json.empty", name);
        }
        JsonNode root = null;
        while (root == null) {
            root = step(token);
            if (root == null) {
                token = parser.nextToken();
                if (token == null) {
                    throw new ArtifactException("json.truncated", name, ReadFailures.at(here(parser.currentLocation())));
                }
            }
        }
        if (parser.nextToken() != null) {
            throw new ArtifactException(yaml ? "yaml.moreDocuments" : "json.trailing", name,
                    ReadFailures.at(tokenStart()));
        }
        return new JsonDocument(root, duplicates, depth);
    }

    /** Takes one token; returns the root once it is complete. */
    private JsonNode step(JsonToken token) throws IOException, ArtifactException {
        switch (token) {
            case FIELD_NAME -> {
                Frame frame = stack.peek();
                String key = parser.currentName();
                if (((ObjectNode) frame.node).has(key)) {
                    duplicates.add(new DuplicateKey(pointer(key), key, tokenStart()));
                }
                frame.pendingName = key;
                return null;
            }
            case START_OBJECT, START_ARRAY -> {
                if (stack.size() >= maxDepth) {
                    throw new ArtifactException("json.tooDeep", name, maxDepth, ReadFailures.at(tokenStart()));
                }
                ContainerNode<?> node = token == JsonToken.START_OBJECT ? JsonNodeFactory.instance.objectNode()
                        : JsonNodeFactory.instance.arrayNode();
                String segment = segmentInParent();
                String anchor = anchor();
                values++;
                attach(node);
                stack.push(new Frame(node, segment, anchor, values));
                depth = Math.max(depth, stack.size());
                return null;
            }
            case END_OBJECT, END_ARRAY -> {
                Frame frame = stack.pop();
                if (frame.anchor != null) {
                    anchors.put(frame.anchor, new Anchored(frame.node, values - frame.valuesAtStart + 1));
                }
                return stack.isEmpty() ? frame.node : null;
            }
            default -> {
                JsonNode node = scalar(token);
                return attach(node);
            }
        }
    }

    /** Puts a node into the open container; returns it when it is the root. */
    private JsonNode attach(JsonNode node) {
        Frame parent = stack.peek();
        if (parent == null) {
            return node instanceof ContainerNode<?> ? null : node;
        }
        if (parent.node instanceof ObjectNode object) {
            object.set(parent.pendingName, node);
        } else {
            ((ArrayNode) parent.node).add(node);
        }
        return null;
    }

    private String segmentInParent() {
        Frame parent = stack.peek();
        if (parent == null) {
            return "";
        }
        return parent.node instanceof ObjectNode ? parent.pendingName : Integer.toString(parent.node.size());
    }

    private String pointer(String last) {
        JsonPointer pointer = JsonPointer.empty();
        for (var it = stack.descendingIterator(); it.hasNext(); ) {
            Frame frame = it.next();
            if (frame != stack.getLast()) {
                pointer = pointer.appendProperty(frame.segment);
            }
        }
        return pointer.appendProperty(last).toString();
    }

    private JsonNode scalar(JsonToken token) throws IOException, ArtifactException {
        if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
            return alias(parser.getText());
        }
        values++;
        JsonNode node = switch (token) {
            case VALUE_STRING -> TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> IntNode.valueOf(parser.getIntValue());
                case LONG -> LongNode.valueOf(parser.getLongValue());
                default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> decimal();
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.instance;
            default -> throw new ArtifactException("json.notJsonValue", name, parser.getText(),
                    ReadFailures.at(tokenStart()));
        };
        String anchor = anchor();
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, 1));
        }
        return node;
    }

    private JsonNode decimal() throws IOException, ArtifactException {
        String text = parser.getText();
        BigDecimal value;
        try {
            value = NumberInput.parseBigDecimal(text, false);
        } catch (NumberFormatException e) {
            // YAML's .inf and .nan have no JSON form
            throw new ArtifactException("json.notJsonValue", name, text, ReadFailures.at(tokenStart()));
        }
        if (Math.abs((long) value.precision() - value.scale()) > MAX_EXPONENT) {
            throw new ArtifactException("json.numberRange", name, text, MAX_EXPONENT,
                    ReadFailures.at(tokenStart()));
        }
        return DecimalNode.valueOf(value);
    }

    private String anchor() {
        return parser instanceof AnchorAwareYamlFactory.Parser yamlParser ? yamlParser.anchor() : null;
    }

    private SourcePosition tokenStart() {
        return here(parser.currentTokenLocation());
    }

    private SourcePosition here(com.fasterxml.jackson.core.JsonLocation location) {
        return place.apply(SourcePosition.of(location));
    }

    private JsonNode alias(String anchor) throws ArtifactException {
        SourcePosition position = tokenStart();
        Anchored anchored = anchors.get(anchor);
        if (anchored == null) {
            throw new ArtifactException("yaml.unknownAlias", name, anchor, ReadFailures.at(position));
        }
        if (++aliases > maxAliases) {
            throw new ArtifactException("yaml.tooManyAliases", name, maxAliases, ReadFailures.at(position));
        }
        aliasValues += anchored.values();
        if (aliasValues > MAX_ALIAS_VALUES) {
            throw new ArtifactException("yaml.aliasExpansion", name, MAX_ALIAS_VALUES, ReadFailures.at(position));
        }
        values += anchored.values();
        return anchored.node();
    }
}
