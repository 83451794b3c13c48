package org.normative.conformance.check.table;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * A field of a Table Schema as the check uses it: its type and format compiled, its constraints read.
 *
 * @param format the Table Schema format ("default" when none is given)
 * @param missingValues the texts that mean "no value" here: the field's own or the schema's
 * @param dateFormats for date, datetime and time, the formats tried in order
 */
record TableField(String name, FieldType type, String format, Constraints constraints, Set<String> missingValues,
                  Set<String> trueValues, Set<String> falseValues, String decimalChar, String groupChar, boolean bareNumber,
                  List<DateTimeFormatter> dateFormats) {

    /**
     * The constraints of one field; null where the schema does not set one.
     *
     * @param enumValues canonical values ({@link FieldType#canonical})
     * @param checksum the Normative extension {@code "checksum"}: an identifier with a check character
     */
    record Constraints(boolean required, boolean unique, java.util.regex.Pattern pattern, Set<Object> enumValues,
                       Object minimum, Object maximum, Object exclusiveMinimum, Object exclusiveMaximum,
                       Integer minLength, Integer maxLength, CheckedIdentifier checksum) {
    }
}
