/**
 * The editorial checks of an edition before a ballot ({@link org.normative.standards.check.EditorialChecker}): rules
 * with stable ids, findings with locations and messages in English and Chinese, and the report in text and as a
 * JSON-shaped record tree. Plain Java; the caller serializes and wires the library in through
 * {@link org.normative.standards.check.ReferenceResolver}.
 */
package org.normative.standards.check;
