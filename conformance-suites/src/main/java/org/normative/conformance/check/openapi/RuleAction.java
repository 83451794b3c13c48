package org.normative.conformance.check.openapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.normative.conformance.check.CheckContext;

/**
 * One {@code then} of a rule: which value below each given place to judge ({@code field}: a member path such as
 * {@code info.contact}, {@code @key} for the member names, or a JSONPath from the place), and the function.
 */
record RuleAction(String field, List<String> fieldPath, JsonPath fieldQuery, String functionName, RuleFunction function) {

    static final String KEYS = "@key";

    static RuleAction of(String field, String functionName, RuleFunction function) throws UnsupportedPathException {
        if (field == null || field.equals(KEYS)) {
            return new RuleAction(field, List.of(), null, functionName, function);
        }
        if (field.equals("$") || field.startsWith("$.") || field.startsWith("$[")) { // "$ref" is a member
            return new RuleAction(field, List.of(), JsonPath.parse(field), functionName, function);
        }
        return new RuleAction(field, memberPath(field), null, functionName, function);
    }

    /** The values to judge below a given place; a missing member is judged too, as undefined. */
    List<DocumentNode> targets(ApiDocument document, DocumentNode node, CheckContext context) throws IOException {
        if (field == null) {
            return List.of(node);
        }
        if (field.equals(KEYS)) {
            List<DocumentNode> keys = new ArrayList<>();
            document.children(node).forEach(child -> keys.add(child.asName()));
            return keys;
        }
        if (fieldQuery != null) {
            List<DocumentNode> found = fieldQuery.select(document, node, node, context);
            return found.isEmpty() ? List.of(new DocumentNode(null, node.parent, node.key, node.inArray, node.source, false)) : found;
        }
        DocumentNode target = node;
        for (String key : fieldPath) {
            target = document.child(target, key);
        }
        return List.of(target);
    }

    /** A member path as lodash's {@code toPath} reads it: {@code a.b[0]['c.d']} is a, b, 0, c.d. */
    static List<String> memberPath(String field) {
        List<String> path = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.') {
                path.add(current.toString());
                current.setLength(0);
            } else if (c == '[') {
                int close = field.indexOf(']', i);
                if (close < 0) {
                    current.append(c);
                    continue;
                }
                if (current.length() > 0 || (i > 0 && field.charAt(i - 1) != '.' && field.charAt(i - 1) != ']')) {
                    path.add(current.toString());
                    current.setLength(0);
                }
                String inside = field.substring(i + 1, close).strip();
                if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')) {
                    inside = inside.substring(1, inside.length() - 1);
                }
                path.add(inside);
                i = close;
                if (i + 1 < field.length() && field.charAt(i + 1) == '.') {
                    i++;
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0 || path.isEmpty()) {
            path.add(current.toString());
        }
        return path;
    }
}
