package org.normative.conformance.check.table;

import org.normative.conformance.result.Severity;

/**
 * A fault in a CSV file's bytes or syntax that the reader notices before the row it belongs to is parsed.
 *
 * @param ruleId {@code encoding} or {@code quote}
 * @param line the physical line it is on
 * @param column the field's position in its record, from 1; 0 when unknown
 * @param messageKey the finding's message; its arguments follow
 */
record TextProblem(String ruleId, Severity severity, long line, int column, String actual, String messageKey, Object... arguments) {
}
