package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An API description as rules walk it: raw, or with its local {@code $ref}s resolved (Spectral's default,
 * {@code resolved: true}). Resolution happens as the walk goes, so nothing is copied; a reference back into one
 * of its own ancestors (a recursive schema) is left as it is written. Remote references are never fetched:
 * they stay {@code $ref} objects, and {@link #references} tells the check which they are.
 */
final class ApiDocument {

    /** Most references followed in a row ({@code $ref} to a {@code $ref} to ...). */
    private static final int MAX_CHAIN = 32;
    /** Most nodes a resolved copy (for the schema function) holds; beyond, references stay as written. */
    static final int MAX_COPY = 100_000;

    /** A {@code $ref} of the document that cannot be followed: remote, or pointing nowhere. */
    record Reference(String pointer, String target, boolean remote) {
    }

    private final JsonNode root;
    private final boolean resolve;

    private ApiDocument(JsonNode root, boolean resolve) {
        this.root = root;
        this.resolve = resolve;
    }

    static ApiDocument raw(JsonNode root) {
        return new ApiDocument(root, false);
    }

    static ApiDocument resolved(JsonNode root) {
        return new ApiDocument(root, true);
    }

    DocumentNode root() {
        return DocumentNode.root(root);
    }

    /** The members or items of a node, references resolved where this document resolves them. */
    List<DocumentNode> children(DocumentNode node) {
        JsonNode value = node.value;
        if (value == null || !value.isContainerNode()) {
            return List.of();
        }
        List<DocumentNode> children = new ArrayList<>(value.size());
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                children.add(child(node, member.getKey(), false, member.getValue()));
            }
        } else {
            for (int i = 0; i < value.size(); i++) {
                children.add(child(node, Integer.toString(i), true, value.get(i)));
            }
        }
        return children;
    }

    /** The member (or, for an array and a number, the item) of a node; its value is null when there is none. */
    DocumentNode child(DocumentNode node, String key) {
        JsonNode value = node.value;
        if (value != null && value.isArray()) {
            JsonNode item = index(key) >= 0 ? value.get(index(key)) : null;
            return child(node, key, true, item);
        }
        JsonNode member = value != null && value.isObject() ? value.get(key) : null;
        return child(node, key, false, member);
    }

    private DocumentNode child(DocumentNode parent, String key, boolean inArray, JsonNode raw) {
        String source = parent.source + "/" + DocumentNode.escape(key);
        if (raw == null) {
            return new DocumentNode(null, parent, key, inArray, source, false);
        }
        JsonNode value = raw;
        for (int hop = 0; resolve && hop < MAX_CHAIN; hop++) {
            String target = localTarget(value);
            if (target == null || onPath(parent, target)) {
                break;
            }
            JsonNode found = root.at(JsonPointer.compile(target));
            if (found.isMissingNode()) {
                break;
            }
            value = found;
            source = target;
        }
        return new DocumentNode(value, parent, key, inArray, source, false);
    }

    /** The value a local {@code $ref} object stands for, where this document resolves them; else the value. */
    JsonNode follow(JsonNode value) {
        JsonNode current = value;
        for (int hop = 0; resolve && hop < MAX_CHAIN; hop++) {
            String target = localTarget(current);
            JsonNode found = target == null ? null : root.at(JsonPointer.compile(target));
            if (found == null || found.isMissingNode()) {
                break;
            }
            current = found;
        }
        return current;
    }

    /** The pointer a local {@code $ref} names ("#/components/x" → "/components/x"), or null. */
    static String localTarget(JsonNode value) {
        if (!value.isObject()) {
            return null;
        }
        JsonNode ref = value.get("$ref");
        if (ref == null || !ref.isTextual() || !ref.textValue().startsWith("#")) {
            return null;
        }
        String fragment = URLDecoder.decode(ref.textValue().substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            return null; // a plain-name fragment (an anchor): not a JSON pointer
        }
        try {
            JsonPointer.compile(fragment);
            return fragment;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the target is where one of the node's ancestors lies: following it would never end. */
    private static boolean onPath(DocumentNode parent, String target) {
        for (DocumentNode node = parent; node != null; node = node.parent) {
            if (node.source.equals(target)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code $ref}s that cannot be followed: remote ones (never fetched) and local ones that point nowhere. */
    List<Reference> references() {
        List<Reference> unresolved = new ArrayList<>();
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {root, ""});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            JsonNode value = (JsonNode) item[0];
            String pointer = (String) item[1];
            if (value.isObject()) {
                JsonNode ref = value.get("$ref");
                if (ref != null && ref.isTextual()) {
                    String text = ref.textValue();
                    if (!text.startsWith("#")) {
                        unresolved.add(new Reference(pointer + "/$ref", text, true));
                    } else {
                        String target = localTarget(value);
                        if (target == null || root.at(JsonPointer.compile(target)).isMissingNode()) {
                            unresolved.add(new Reference(pointer + "/$ref", text, false));
                        }
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> member = it.next();
                    work.push(new Object[] {member.getValue(), pointer + "/" + DocumentNode.escape(member.getKey())});
                }
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    work.push(new Object[] {value.get(i), pointer + "/" + i});
                }
            }
        }
        unresolved.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        return unresolved;
    }

    /**
     * The node's value with its references resolved into a copy, for functions that look at a whole value (the
     * schema function). Bounded: recursion is left as written, and past {@link #MAX_COPY} nodes or the nesting
     * bound references stay as written.
     */
    Copy copy(DocumentNode node, int maxDepth) {
        if (!resolve || node.value == null) {
            return new Copy(node.value, maxDepth);
        }
        int[] budget = {MAX_COPY};
        int[] deepest = {0};
        JsonNode copy = copy(node, 0, maxDepth, budget, deepest);
        return new Copy(copy, deepest[0]);
    }

    /** A resolved copy and how deep it nests. */
    record Copy(JsonNode value, int depth) {
    }

    private JsonNode copy(DocumentNode node, int depth, int maxDepth, int[] budget, int[] deepest) {
        JsonNode value = node.value;
        deepest[0] = Math.max(deepest[0], depth);
        if (!value.isContainerNode() || --budget[0] < 0 || depth >= maxDepth) {
            return value;
        }
        if (value.isObject()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (DocumentNode child : children(node)) {
                object.set(child.key, copy(child, depth + 1, maxDepth, budget, deepest));
            }
            return object;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (DocumentNode child : children(node)) {
            array.add(copy(child, depth + 1, maxDepth, budget, deepest));
        }
        return array;
    }

    private static int index(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
