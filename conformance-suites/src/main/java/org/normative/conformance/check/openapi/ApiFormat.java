package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * The formats of Spectral's {@code formats} that this kind tells apart: OpenAPI 2.0 ({@code oas2}), 3.x
 * ({@code oas3}), 3.0 ({@code oas3_0}, also written {@code oas3.0}) and 3.1 ({@code oas3_1}).
 */
final class ApiFormat {

    private ApiFormat() {
    }

    /** The format names a document has: empty when it is no OpenAPI description. */
    static Set<String> of(JsonNode root) {
        JsonNode swagger = root.path("swagger");
        if (swagger.isTextual() && swagger.textValue().equals("2.0")) {
            return Set.of("oas2");
        }
        JsonNode openapi = root.path("openapi");
        if (openapi.isTextual() && openapi.textValue().startsWith("3.")) {
            String version = openapi.textValue();
            if (version.startsWith("3.0")) {
                return Set.of("oas3", "oas3_0");
            }
            if (version.startsWith("3.1")) {
                return Set.of("oas3", "oas3_1");
            }
            return Set.of("oas3");
        }
        return Set.of();
    }

    /** A format as a rule set names it, in the spelling {@link #of} uses. */
    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('.', '_');
    }

    /** A short name for people: "OpenAPI 3.0". */
    static String describe(Set<String> formats) {
        if (formats.contains("oas2")) {
            return "OpenAPI 2.0";
        }
        if (formats.contains("oas3_0")) {
            return "OpenAPI 3.0";
        }
        if (formats.contains("oas3_1")) {
            return "OpenAPI 3.1";
        }
        return formats.isEmpty() ? "non-OpenAPI" : "OpenAPI 3";
    }
}
