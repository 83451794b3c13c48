package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.normative.conformance.check.CheckContext;

/**
 * {@code alphabetical}: an object's member names, or an array's items (by the member {@code keyedBy} when they are
 * objects), in ascending order: numbers by value, text as JavaScript's {@code localeCompare} orders it.
 */
final class AlphabeticalFunction implements RuleFunction {

    private final String keyedBy;

    AlphabeticalFunction(String keyedBy) {
        this.keyedBy = keyedBy;
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        JsonNode value = target.node().value;
        if (value == null || !value.isContainerNode() || value.size() < 2) {
            return List.of();
        }
        List<JsonNode> keys = new ArrayList<>();
        if (value.isObject()) {
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                keys.add(JsValues.of(names.next()));
            }
        } else {
            for (JsonNode item : value) {
                keys.add(keyedBy != null && item.isObject() ? target.document().follow(item).get(keyedBy) : item);
            }
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        for (int i = 1; i < keys.size(); i++) {
            if (compare(collator, keys.get(i - 1), keys.get(i)) > 0) {
                String message = RuleFunction.property(target.node()) + "must be sorted in ascending order: \""
                        + JsValues.print(keys.get(i - 1)) + "\" must be placed after \"" + JsValues.print(keys.get(i)) + "\"";
                return List.of(new Problem(message, value.isObject() ? List.of() : List.of(Integer.toString(i - 1))));
            }
        }
        return List.of();
    }

    private static int compare(Collator collator, JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return 0; // an item without the key is not ordered against the others
        }
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return collator.compare(JsValues.print(a), JsValues.print(b));
    }
}
