package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A place in an API description as a rule reaches it: the value there (null where nothing is, JavaScript's
 * {@code undefined}), how it was reached (parent and key: the logical path, through resolved {@code $ref}s), and
 * where the value lies in the file (the source pointer, what findings are located by).
 */
final class DocumentNode {

    final JsonNode value;
    final DocumentNode parent;
    /** The member name or the array index (as text) in the parent; null for the root. */
    final String key;
    final boolean inArray;
    /** The JSON pointer of the value in the source file. */
    final String source;
    /** True when this stands for the member's name ({@code ~}) rather than its value. */
    final boolean name;

    DocumentNode(JsonNode value, DocumentNode parent, String key, boolean inArray, String source, boolean name) {
        this.value = value;
        this.parent = parent;
        this.key = key;
        this.inArray = inArray;
        this.source = source;
        this.name = name;
    }

    static DocumentNode root(JsonNode value) {
        return new DocumentNode(value, null, null, false, "", false);
    }

    boolean defined() {
        return value != null && !value.isMissingNode();
    }

    /**
     * The member name as a value of its own, as {@code ~} selects it. It lies where the member is written, in its
     * parent, even when the member's value is a reference to somewhere else.
     */
    DocumentNode asName() {
        String written = parent == null ? source : parent.source + "/" + escape(key);
        return new DocumentNode(TextNode.valueOf(key == null ? "" : key), parent, key, inArray, written, true);
    }

    /** The logical path, root first. */
    List<String> path() {
        Deque<String> keys = new ArrayDeque<>();
        for (DocumentNode node = this; node.parent != null; node = node.parent) {
            keys.push(node.key);
        }
        return new ArrayList<>(keys);
    }

    /** The logical path as a JSON pointer. */
    String pointer() {
        JsonPointer pointer = JsonPointer.empty();
        for (String segment : path()) {
            pointer = pointer.appendProperty(segment);
        }
        return pointer.toString();
    }

    /** The logical path as JSONPath-plus writes it for {@code @path}: {@code $['paths']['/pets'][0]}. */
    String jsonPath() {
        StringBuilder text = new StringBuilder("$");
        List<DocumentNode> chain = new ArrayList<>();
        for (DocumentNode node = this; node.parent != null; node = node.parent) {
            chain.add(0, node);
        }
        for (DocumentNode node : chain) {
            text.append(node.inArray ? "[" + node.key + "]" : "['" + node.key.replace("'", "\\'") + "']");
        }
        return text.toString();
    }

    /** How deep this lies in the logical tree: a bound for ancestor walks. */
    int depth() {
        int depth = 0;
        for (DocumentNode node = parent; node != null; node = node.parent) {
            depth++;
        }
        return depth;
    }

    /** A key for "the same place" when selections are merged: the source position, and whether it is the name. */
    String identity() {
        return name ? "~" + source : source;
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
