package org.normative.conformance.check.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normative.conformance.check.CheckContext;

/**
 * A JSONPath as Spectral's rule sets write it, in the JSONPath-plus dialect: {@code $}, {@code .name},
 * {@code ['a','b']}, {@code [a,b]}, {@code [0]}, {@code [1:3]}, {@code *}, {@code ..}, filters {@code [?(...)]}
 * (see {@link FilterParser}), {@code ~} (the member's name rather than its value) and {@code ^} (the parent).
 * Parsed once; thread-safe.
 *
 * <p>Selections are sets of places in the source: a place reached twice (through two {@code $ref}s to one
 * component, or by two overlapping {@code ..}) is kept once, with the first path that reached it, and each
 * {@code ..} visits every place at most once. So evaluating a path costs at most a few passes over the document,
 * however the references and descents overlap.
 */
final class JsonPath {

    /** Places visited between two looks at the check's stop. */
    private static final int CHECK_EVERY = 4_096;

    sealed interface Step permits Members, Slice, Wildcard, Filter, Descendants, Name, Parent {
    }

    /** {@code .name}, {@code ['a','b']}, {@code [0]}: members by name, items by index. */
    record Members(List<String> names) implements Step {
    }

    record Slice(Integer start, Integer end, int step) implements Step {
    }

    record Wildcard() implements Step {
    }

    record Filter(String source, FilterExpression expression) implements Step {
    }

    /** {@code ..} followed by a selector: the selector applied to the node and to every node below it. */
    record Descendants(Step selector) implements Step {
    }

    /** {@code ~}. */
    record Name() implements Step {
    }

    /** {@code ^}. */
    record Parent() implements Step {
    }

    private final String text;
    private final List<Step> steps;

    private JsonPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    static JsonPath parse(String text) throws UnsupportedPathException {
        return new JsonPath(text, new Parser(text.strip()).parse());
    }

    List<Step> steps() {
        return steps;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The places this path selects from {@code start}, in document order. */
    List<DocumentNode> select(ApiDocument document, DocumentNode start, DocumentNode root, CheckContext context)
            throws IOException {
        Collection<DocumentNode> current = List.of(start);
        int[] visits = {0};
        try {
            for (Step step : steps) {
                Map<String, DocumentNode> next = new LinkedHashMap<>();
                if (step instanceof Descendants descendants) {
                    Set<String> visited = new HashSet<>();
                    for (DocumentNode node : current) {
                        descend(document, node, root, descendants.selector(), visited, next, context, visits);
                    }
                } else {
                    for (DocumentNode node : current) {
                        apply(document, node, root, step, next, context);
                    }
                }
                current = next.values();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // stopped while a filter's regular expression matched
        }
        return new ArrayList<>(current);
    }

    private static void descend(ApiDocument document, DocumentNode from, DocumentNode root, Step selector, Set<String> visited,
                                Map<String, DocumentNode> into, CheckContext context, int[] visits) throws IOException {
        Deque<DocumentNode> work = new ArrayDeque<>();
        work.push(from);
        while (!work.isEmpty()) {
            DocumentNode node = work.pop();
            if (!visited.add(node.source)) {
                continue;
            }
            if (++visits[0] % CHECK_EVERY == 0) {
                context.checkpoint();
            }
            apply(document, node, root, selector, into, context);
            List<DocumentNode> children = document.children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                work.push(children.get(i));
            }
        }
    }

    private static void apply(ApiDocument document, DocumentNode node, DocumentNode root, Step step,
                              Map<String, DocumentNode> into, CheckContext context) {
        if (step instanceof Members members) {
            for (String name : members.names()) {
                DocumentNode child = document.child(node, arrayKey(node, name));
                if (child.defined()) {
                    into.putIfAbsent(child.identity(), child);
                }
            }
        } else if (step instanceof Slice slice) {
            if (node.value != null && node.value.isArray()) {
                int size = node.value.size();
                int stride = slice.step() == 0 ? 1 : slice.step();
                int from = bound(slice.start(), stride > 0 ? 0 : size - 1, size);
                int to = bound(slice.end(), stride > 0 ? size : -1, size);
                for (int i = Math.max(from, stride > 0 ? 0 : -1); stride > 0 ? i < to : i > to && i >= 0; i += stride) {
                    DocumentNode child = document.child(node, Integer.toString(i));
                    if (child.defined()) {
                        into.putIfAbsent(child.identity(), child);
                    }
                }
            }
        } else if (step instanceof Wildcard) {
            document.children(node).forEach(child -> into.putIfAbsent(child.identity(), child));
        } else if (step instanceof Filter filter) {
            for (DocumentNode child : document.children(node)) {
                if (JsValues.truthy(filter.expression().evaluate(new FilterExpression.Scope(document, child, root, context)))) {
                    into.putIfAbsent(child.identity(), child);
                }
            }
        } else if (step instanceof Name) {
            if (node.key != null) {
                DocumentNode key = node.asName();
                into.putIfAbsent(key.identity(), key);
            }
        } else if (step instanceof Parent && node.parent != null) {
            into.putIfAbsent(node.parent.identity(), node.parent);
        }
    }

    /** A negative index counts from the end of an array. */
    private static String arrayKey(DocumentNode node, String name) {
        if (node.value != null && node.value.isArray() && name.startsWith("-")) {
            try {
                return Integer.toString(node.value.size() + Integer.parseInt(name));
            } catch (NumberFormatException e) {
                return name;
            }
        }
        return name;
    }

    private static int bound(Integer index, int fallback, int size) {
        if (index == null) {
            return fallback;
        }
        int i = index < 0 ? size + index : index;
        return Math.max(-1, Math.min(size, i));
    }

    /** Reads the dialect; whatever it does not know is refused with the position. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        List<Step> parse() throws UnsupportedPathException {
            if (!text.startsWith("$")) {
                throw unsupported();
            }
            at = 1;
            List<Step> steps = new ArrayList<>();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (text.startsWith("..", at)) {
                    at += 2;
                    Step selector;
                    if (at < text.length() && text.charAt(at) == '[') {
                        selector = bracket();
                    } else if (at < text.length() && text.charAt(at) == '*') {
                        at++;
                        selector = new Wildcard();
                    } else {
                        selector = new Members(List.of(name()));
                    }
                    steps.add(new Descendants(selector));
                } else if (c == '.') {
                    at++;
                    if (at < text.length() && text.charAt(at) == '*') {
                        at++;
                        steps.add(new Wildcard());
                    } else if (at < text.length() && text.charAt(at) == '[') {
                        steps.add(bracket()); // "$.paths.['/x']", which JSONPath-plus takes
                    } else {
                        steps.add(new Members(List.of(name())));
                    }
                } else if (c == '[') {
                    steps.add(bracket());
                } else if (c == '~') {
                    at++;
                    steps.add(new Name());
                } else if (c == '^') {
                    at++;
                    steps.add(new Parent());
                } else {
                    throw unsupported();
                }
            }
            return steps;
        }

        private String name() throws UnsupportedPathException {
            int start = at;
            while (at < text.length() && ".[~^".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (at == start) {
                throw unsupported();
            }
            return text.substring(start, at);
        }

        private Step bracket() throws UnsupportedPathException {
            at++; // [
            skipSpace();
            if (at >= text.length()) {
                throw unsupported();
            }
            char c = text.charAt(at);
            if (c == '*') {
                at++;
                close();
                return new Wildcard();
            }
            if (c == '?') {
                at++;
                skipSpace();
                boolean parenthesised = at < text.length() && text.charAt(at) == '(';
                int start = at;
                int end = scanFilter(parenthesised);
                String source = parenthesised ? text.substring(start + 1, end - 1) : text.substring(start, end);
                at = end;
                close();
                try {
                    return new Filter(source, FilterParser.parse(source));
                } catch (UnsupportedPathException e) {
                    throw new UnsupportedPathException(text, start + (parenthesised ? 1 : 0) + e.position);
                }
            }
            if (c == '(') {
                throw unsupported(); // script expressions run JavaScript
            }
            if (isSlice()) {
                return slice();
            }
            List<String> names = new ArrayList<>();
            do {
                skipSpace();
                names.add(member());
                skipSpace();
            } while (take(','));
            close();
            return new Members(names);
        }

        /** The end of a filter: after the parenthesis that closes it, or before the bracket that ends it. */
        private int scanFilter(boolean parenthesised) throws UnsupportedPathException {
            int depth = 0;
            int i = at;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipString(i);
                    continue;
                }
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    if (depth == 0) {
                        if (parenthesised || c == ')') {
                            throw unsupported();
                        }
                        return i;
                    }
                    depth--;
                    if (depth == 0 && parenthesised && c == ')') {
                        return i + 1;
                    }
                }
                i++;
            }
            throw unsupported();
        }

        private int skipString(int from) throws UnsupportedPathException {
            char quote = text.charAt(from);
            int i = from + 1;
            while (i < text.length() && text.charAt(i) != quote) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            if (i >= text.length()) {
                throw unsupported();
            }
            return i + 1;
        }

        private boolean isSlice() {
            int i = at;
            while (i < text.length() && text.charAt(i) != ']') {
                char c = text.charAt(i);
                if (c == ':') {
                    return true;
                }
                if (!(Character.isDigit(c) || c == '-' || c == ' ')) {
                    return false;
                }
                i++;
            }
            return false;
        }

        private Step slice() throws UnsupportedPathException {
            int end = text.indexOf(']', at);
            String[] parts = text.substring(at, end).split(":", -1);
            if (parts.length > 3) {
                throw unsupported();
            }
            try {
                Integer start = parts[0].isBlank() ? null : Integer.valueOf(parts[0].strip());
                Integer stop = parts[1].isBlank() ? null : Integer.valueOf(parts[1].strip());
                int step = parts.length < 3 || parts[2].isBlank() ? 1 : Integer.parseInt(parts[2].strip());
                at = end + 1;
                return new Slice(start, stop, step);
            } catch (NumberFormatException e) {
                throw unsupported();
            }
        }

        private String member() throws UnsupportedPathException {
            if (at >= text.length()) {
                throw unsupported();
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                int end = skipString(at);
                String quoted = text.substring(at + 1, end - 1);
                at = end;
                return quoted.replace("\\" + c, String.valueOf(c)).replace("\\\\", "\\");
            }
            int start = at;
            while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != ']') {
                at++;
            }
            String bare = text.substring(start, at).strip();
            if (bare.isEmpty() || bare.startsWith("?") || bare.startsWith("(") || bare.contains("'") || bare.contains("\"")) {
                throw unsupported();
            }
            return bare;
        }

        private void close() throws UnsupportedPathException {
            skipSpace();
            if (!take(']')) {
                throw unsupported();
            }
        }

        private boolean take(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }

        private UnsupportedPathException unsupported() {
            return new UnsupportedPathException(text, Math.min(at, text.length()));
        }
    }
}
