package org.normative.conformance.check.openapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code message} with Spectral's placeholders filled in: {@code {{error}}} (what the function said),
 * {@code {{description}}}, {@code {{path}}} (the JSON pointer of the place, as "#/paths/~1pets/get"),
 * {@code {{property}}} (the last member name or index of it), {@code {{value}}}, and the forms
 * {@code #{{print("property")}}} and {@code #{{print("value")}}}. Unknown placeholders stay as written.
 */
final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("#?\\{\\{\\s*(print\\(\\s*\"(\\w+)\"\\s*\\)|\\w+)\\s*}}");

    private MessageTemplate() {
    }

    static String render(String template, String error, DocumentNode at, String description) {
        if (template == null) {
            return error;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2) != null ? "print:" + matcher.group(2) : matcher.group(1);
            String value = switch (name) {
                case "error" -> error;
                case "description" -> description == null ? "" : description;
                case "path" -> "#" + at.pointer();
                case "property" -> at.key == null ? "" : at.key;
                case "value" -> JsValues.print(at.value);
                case "print:property" -> RuleFunction.property(at);
                case "print:value" -> RuleFunction.value(at) + " ";
                default -> matcher.group();
            };
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString().strip();
    }
}
