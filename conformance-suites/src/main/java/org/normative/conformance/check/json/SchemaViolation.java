package org.normative.conformance.check.json;

import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ValidationException;

/**
 * One violation everit found, flattened out of its tree of causes.
 *
 * @param keyword the schema keyword that failed ({@code required}, {@code type}, {@code pattern}...), or "schema"
 * @param pointer the JSON pointer of the value, "" for the root
 */
public record SchemaViolation(String keyword, String message, String pointer) {

    /**
     * The violations under an exception. Aggregates ("3 schema violations found") and {@code allOf} are opened up,
     * since each of their causes is a violation of its own. An {@code anyOf} or {@code oneOf} that no branch
     * matched is opened up too when only one branch applies to the value's type (as with {@code "type":
     * ["object", "null"]}, which everit loads as an anyOf): that branch's violations are the real ones. Otherwise
     * it stays one violation whose message lists why each branch failed, since no single branch was required.
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
        ValidationException onlyApplicable = onlyBranchOfTheRightType(failure);
        if (onlyApplicable != null) {
            collect(onlyApplicable, into);
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

    /** For an anyOf or oneOf where every branch failed: the one branch that failed on more than the type, if one. */
    private static ValidationException onlyBranchOfTheRightType(ValidationException failure) {
        if (!("anyOf".equals(failure.getKeyword()) || "oneOf".equals(failure.getKeyword()))
                || !(failure.getViolatedSchema() instanceof CombinedSchema combined)
                || failure.getCausingExceptions().size() != combined.getSubschemas().size()) {
            return null; // not a combination, or a oneOf that failed because several branches matched
        }
        List<ValidationException> applicable = failure.getCausingExceptions().stream()
                .filter(cause -> !"type".equals(cause.getKeyword()))
                .toList();
        return applicable.size() == 1 ? applicable.get(0) : null;
    }

    /** everit's "#/a/b" as the JSON pointer "/a/b"; everit escapes "~" and "/" as RFC 6901 does. */
    private static String pointer(String everit) {
        if (everit == null || everit.equals("#")) {
            return "";
        }
        return everit.startsWith("#") ? everit.substring(1) : everit;
    }
}
