package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normative.conformance.check.GuardedText;

/**
 * Parses the JavaScript of a JSONPath-plus filter into a {@link FilterExpression}: literals, {@code @},
 * {@code @property}, {@code @parent}, {@code @parentProperty}, {@code @path}, {@code @root}, member access
 * ({@code .name}, {@code ['name']}, {@code [0]}, {@code .length}), {@code !}, {@code typeof}, {@code ===},
 * {@code !==}, {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code &&}, {@code ||},
 * parentheses, the string and array methods {@code match}, {@code test}, {@code startsWith}, {@code endsWith},
 * {@code includes}, {@code indexOf}, {@code toLowerCase}, {@code toUpperCase}, {@code trim}, and regular expression
 * literals. Anything else is refused with {@link UnsupportedPathException}: a filter is never guessed at.
 */
final class FilterParser {

    private static final Set<String> METHODS = Set.of("match", "test", "startsWith", "endsWith", "includes", "indexOf",
            "toLowerCase", "toUpperCase", "trim");

    private final String text;
    private int at;

    private FilterParser(String text) {
        this.text = text;
    }

    static FilterExpression parse(String text) throws UnsupportedPathException {
        FilterParser parser = new FilterParser(text);
        FilterExpression expression = parser.or();
        parser.space();
        if (parser.at < text.length()) {
            throw parser.unsupported();
        }
        return expression;
    }

    /** A step down the grammar. */
    @FunctionalInterface
    private interface Operand {
        FilterExpression parse() throws UnsupportedPathException;
    }

    private FilterExpression or() throws UnsupportedPathException {
        return logical("||", true, this::and);
    }

    private FilterExpression and() throws UnsupportedPathException {
        return logical("&&", false, this::equality);
    }

    /** {@code ||} and {@code &&} as JavaScript has them: the deciding operand's value, the right one only if needed. */
    private FilterExpression logical(String operator, boolean stopWhenTruthy, Operand operand) throws UnsupportedPathException {
        FilterExpression left = operand.parse();
        while (take(operator)) {
            FilterExpression a = left;
            FilterExpression b = operand.parse();
            left = scope -> {
                JsonNode first = a.evaluate(scope);
                return JsValues.truthy(first) == stopWhenTruthy ? first : b.evaluate(scope);
            };
        }
        return left;
    }

    private FilterExpression equality() throws UnsupportedPathException {
        FilterExpression left = relation();
        while (true) {
            FilterExpression a = left;
            if (take("===")) {
                FilterExpression b = relation();
                left = scope -> JsValues.of(JsValues.strictEquals(a.evaluate(scope), b.evaluate(scope)));
            } else if (take("!==")) {
                FilterExpression b = relation();
                left = scope -> JsValues.of(!JsValues.strictEquals(a.evaluate(scope), b.evaluate(scope)));
            } else if (take("==")) {
                FilterExpression b = relation();
                left = scope -> JsValues.of(JsValues.looseEquals(a.evaluate(scope), b.evaluate(scope)));
            } else if (take("!=")) {
                FilterExpression b = relation();
                left = scope -> JsValues.of(!JsValues.looseEquals(a.evaluate(scope), b.evaluate(scope)));
            } else {
                return left;
            }
        }
    }

    private FilterExpression relation() throws UnsupportedPathException {
        FilterExpression left = unary();
        while (true) {
            FilterExpression a = left;
            String operator = take("<=") ? "<=" : take(">=") ? ">=" : take("<") ? "<" : take(">") ? ">" : null;
            if (operator == null) {
                return left;
            }
            FilterExpression b = unary();
            left = scope -> {
                int order = JsValues.compare(a.evaluate(scope), b.evaluate(scope));
                boolean holds = order != Integer.MIN_VALUE && switch (operator) {
                    case "<=" -> order <= 0;
                    case ">=" -> order >= 0;
                    case "<" -> order < 0;
                    default -> order > 0;
                };
                return JsValues.of(holds);
            };
        }
    }

    private FilterExpression unary() throws UnsupportedPathException {
        if (take("!")) {
            FilterExpression operand = unary();
            return scope -> JsValues.of(!JsValues.truthy(operand.evaluate(scope)));
        }
        if (word("typeof")) {
            FilterExpression operand = unary();
            return scope -> JsValues.of(JsValues.typeOf(operand.evaluate(scope)));
        }
        return postfix(primary());
    }

    private FilterExpression primary() throws UnsupportedPathException {
        space();
        if (at >= text.length()) {
            throw unsupported();
        }
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            FilterExpression inner = or();
            expect(")");
            return inner;
        }
        if (c == '\'' || c == '"') {
            JsonNode value = JsValues.of(string());
            return scope -> value;
        }
        if (c == '/') {
            Pattern regex = regex();
            expect(".test(");
            FilterExpression argument = or();
            expect(")");
            return scope -> {
                JsonNode value = argument.evaluate(scope);
                return JsValues.of(regex.matcher(new GuardedText(JsValues.print(value), scope.context())).find());
            };
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = at++;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            try {
                JsonNode value = JsValues.of(Double.parseDouble(text.substring(start, at)));
                return scope -> value;
            } catch (NumberFormatException e) {
                throw unsupported();
            }
        }
        if (c == '@') {
            at++;
            String name = identifier();
            return switch (name) {
                case "" -> scope -> scope.current().value;
                case "property" -> scope -> keyOf(scope.current());
                case "parent" -> scope -> scope.current().parent == null ? null : scope.current().parent.value;
                case "parentProperty" -> scope -> scope.current().parent == null ? null : keyOf(scope.current().parent);
                case "path" -> scope -> JsValues.of(scope.current().jsonPath());
                case "root" -> scope -> scope.root().value;
                default -> throw unsupported();
            };
        }
        String name = identifier();
        return switch (name) {
            case "true" -> scope -> JsValues.of(true);
            case "false" -> scope -> JsValues.of(false);
            case "null" -> scope -> NullNode.instance;
            case "undefined" -> scope -> null;
            default -> throw unsupported();
        };
    }

    private static JsonNode keyOf(DocumentNode node) {
        if (node.key == null) {
            return null;
        }
        return node.inArray ? JsValues.of(Double.parseDouble(node.key)) : JsValues.of(node.key);
    }

    private FilterExpression postfix(FilterExpression target) throws UnsupportedPathException {
        FilterExpression result = target;
        while (true) {
            space();
            FilterExpression receiver = result;
            if (take("[")) {
                FilterExpression key = or();
                expect("]");
                result = scope -> member(scope, receiver.evaluate(scope), JsValues.print(key.evaluate(scope)));
            } else if (at < text.length() && text.charAt(at) == '.' && !text.startsWith("..", at)) {
                at++;
                String name = identifier();
                if (name.isEmpty()) {
                    throw unsupported();
                }
                space();
                if (at < text.length() && text.charAt(at) == '(') {
                    result = method(receiver, name);
                } else {
                    result = scope -> member(scope, receiver.evaluate(scope), name);
                }
            } else {
                return result;
            }
        }
    }

    private FilterExpression method(FilterExpression receiver, String name) throws UnsupportedPathException {
        if (!METHODS.contains(name) || name.equals("test")) {
            throw unsupported();
        }
        expect("(");
        space();
        List<FilterExpression> arguments = new ArrayList<>();
        Pattern regex = null;
        if (name.equals("match") && at < text.length() && text.charAt(at) == '/') {
            regex = regex();
            expect(")");
        } else if (!take(")")) {
            do {
                arguments.add(or());
            } while (take(","));
            expect(")");
        }
        Pattern literal = regex;
        return scope -> call(name, receiver.evaluate(scope), literal, arguments, scope);
    }

    private static JsonNode call(String name, JsonNode receiver, Pattern regex, List<FilterExpression> arguments,
                                 FilterExpression.Scope scope) {
        JsonNode argument = arguments.isEmpty() ? null : arguments.get(0).evaluate(scope);
        if (receiver != null && receiver.isArray()) {
            int index = -1;
            for (int i = 0; i < receiver.size(); i++) {
                if (JsValues.strictEquals(receiver.get(i), argument)) {
                    index = i;
                    break;
                }
            }
            return switch (name) {
                case "includes" -> JsValues.of(index >= 0);
                case "indexOf" -> JsValues.of(index);
                default -> null;
            };
        }
        if (receiver == null || !receiver.isTextual()) {
            return null; // a TypeError in JavaScript: the filter does not hold
        }
        String value = receiver.textValue();
        String other = argument == null ? "undefined" : JsValues.print(argument);
        return switch (name) {
            case "match" -> {
                Matcher matcher = (regex != null ? regex : JsRegex.compile(other)).matcher(new GuardedText(value, scope.context()));
                if (!matcher.find()) {
                    yield NullNode.instance;
                }
                ArrayNode match = JsonNodeFactory.instance.arrayNode();
                yield match.add(matcher.group());
            }
            case "startsWith" -> JsValues.of(value.startsWith(other));
            case "endsWith" -> JsValues.of(value.endsWith(other));
            case "includes" -> JsValues.of(value.contains(other));
            case "indexOf" -> JsValues.of(value.indexOf(other));
            case "toLowerCase" -> JsValues.of(value.toLowerCase(java.util.Locale.ROOT));
            case "toUpperCase" -> JsValues.of(value.toUpperCase(java.util.Locale.ROOT));
            default -> JsValues.of(value.strip());
        };
    }

    /** {@code value.name} or {@code value[name]}; references in the document are followed. */
    private static JsonNode member(FilterExpression.Scope scope, JsonNode value, String name) {
        if (value == null || value.isNull()) {
            return null; // a TypeError in JavaScript: the filter does not hold
        }
        if ((value.isArray() || value.isTextual()) && name.equals("length")) {
            return JsValues.of(value.isArray() ? value.size() : value.textValue().length());
        }
        JsonNode found = value.isArray() ? value.get(arrayIndex(name)) : value.isObject() ? value.get(name) : null;
        return found == null ? null : scope.document().follow(found);
    }

    private static int arrayIndex(String name) {
        try {
            return (int) Double.parseDouble(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Pattern regex() throws UnsupportedPathException {
        int start = at;
        at++;
        boolean inClass = false;
        while (at < text.length() && (text.charAt(at) != '/' || inClass)) {
            char c = text.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            at++;
        }
        if (at >= text.length()) {
            throw unsupported();
        }
        int end = at++;
        int flagsStart = at;
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        try {
            return JsRegex.compile(text.substring(start, end + 1) + text.substring(flagsStart, at));
        } catch (IllegalArgumentException e) {
            throw unsupported();
        }
    }

    private String string() throws UnsupportedPathException {
        char quote = text.charAt(at++);
        StringBuilder value = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        if (at >= text.length()) {
            throw unsupported();
        }
        at++;
        return value.toString();
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '$')) {
            at++;
        }
        return text.substring(start, at);
    }

    private boolean word(String word) {
        space();
        if (text.startsWith(word, at) && (at + word.length() >= text.length()
                || !Character.isLetterOrDigit(text.charAt(at + word.length())))) {
            at += word.length();
            return true;
        }
        return false;
    }

    private boolean take(String token) {
        space();
        if (text.startsWith(token, at)) {
            // "=" after "==" / "!=" belongs to "===" / "!==", tried first by the callers
            at += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) throws UnsupportedPathException {
        if (!take(token)) {
            throw unsupported();
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private UnsupportedPathException unsupported() {
        return new UnsupportedPathException(text, Math.min(at, text.length()));
    }
}
