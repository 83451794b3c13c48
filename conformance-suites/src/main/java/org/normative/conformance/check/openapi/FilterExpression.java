package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.normative.conformance.check.CheckContext;

/**
 * A compiled JSONPath filter ({@code [?(...)]}), the small part of JavaScript that rule sets write there. Evaluates
 * to a JSON value, or null for {@code undefined}; the filter keeps a child when the value is truthy.
 */
@FunctionalInterface
interface FilterExpression {

    JsonNode evaluate(Scope scope);

    /**
     * What a filter sees: {@code @} (the child tested), {@code @property} (its name or index), {@code @parent} and
     * {@code @parentProperty} (the node whose children are tested), {@code @path}, {@code @root}.
     */
    record Scope(ApiDocument document, DocumentNode current, DocumentNode root, CheckContext context) {
    }
}
