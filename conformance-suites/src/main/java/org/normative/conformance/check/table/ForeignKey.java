package org.normative.conformance.check.table;

import java.util.List;
import java.util.Set;

/**
 * A foreign key of the schema. {@code reference.resource} says where the referenced values are:
 * <ul>
 *   <li>a file of the suite package ({@code resources/divisions.csv}): a code list, read once when the suite loads;</li>
 *   <li>{@code ""}: this same table (a parent code in a hierarchy);</li>
 *   <li>anything else: an artifact role of the same submission, whose tables are read before this one.</li>
 * </ul>
 * The Normative extension {@code prefixLength} looks up only the first characters of a one-field key: an item code
 * that begins with a six-digit division code.
 *
 * @param codes the code list's keys (reference fields joined by {@link #SEPARATOR}); null unless it is a code list
 */
record ForeignKey(List<String> fields, String resource, List<String> referenceFields, int prefixLength, Set<String> codes) {

    static final char SEPARATOR = '\u001F';

    ForeignKey {
        fields = List.copyOf(fields);
        referenceFields = List.copyOf(referenceFields);
        codes = codes == null ? null : Set.copyOf(codes);
    }

    boolean toCodeList() {
        return codes != null;
    }

    boolean toSameTable() {
        return codes == null && resource.isEmpty();
    }

    /** How the key is named in messages: "division → resources/divisions.csv (code)". */
    String describe() {
        String target = resource.isEmpty() ? "this table" : resource;
        return String.join(", ", fields) + " \u2192 " + target + " (" + String.join(", ", referenceFields) + ")";
    }
}
