package org.normative.conformance.check.json;

import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.ValidationException;

/**
 * One violation everit found, flattened out of its tree of causes.
 *
 * @param keyword the schema keyword that failed ({@code required}, {@code type}, {@code pattern}...), or "schema"
 * @param pointer the JSON pointer of the value, "" for the root
 */
record SchemaViolation(String keyword, String message, String pointer) {

    /**
     * The violations under an exception. Aggregates ("3 schema violations found") and {@code allOf} are opened up,
     * since each of their causes is a violation of its own; {@code anyOf} and {@code oneOf} stay one violation
     * whose message lists why each branch failed, since no single branch was required.
     */
    static List<SchemaViolation> of(ValidationException failure) {
        List<SchemaViolation> violations = new ArrayList<>();
        collect(failure, violations);
        return violations;
    }

    private static void collect(ValidationException failure, List<SchemaViolation> into) {
        String keyword = failure.getKeyword();
        List<ValidationException> causes = failure.getCausingExceptions();
        if (!causes.isEmpty() && (keyword == null || "allOf".equals(keyword))) {
            causes.forEach(cause -> collect(cause, into));
            return;
        }
        StringBuilder message = new StringBuilder(failure.getErrorMessage());
        if (!causes.isEmpty()) {
            message.append(':');
            for (String cause : failure.getAllMessages()) {
                message.append(' ').append(cause).append(';');
            }
            message.setLength(message.length() - 1);
        }
        into.add(new SchemaViolation(keyword == null ? "schema" : keyword, message.toString(), pointer(failure.getPointerToViolation())));
    }

    /** everit's "#/a/b" as the JSON pointer "/a/b"; everit escapes "~" and "/" as RFC 6901 does. */
    private static String pointer(String everit) {
        if (everit == null || everit.equals("#")) {
            return "";
        }
        return everit.startsWith("#") ? everit.substring(1) : everit;
    }
}
