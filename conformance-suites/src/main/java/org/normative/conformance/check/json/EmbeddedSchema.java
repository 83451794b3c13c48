package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.SuiteResources;

/**
 * A JSON Schema written inside another resource of a suite package (a Spectral rule's {@code schema} function
 * options), compiled once with the same loader, bounds and {@code $ref} rules as a {@code json-schema} check's.
 * Immutable and thread-safe.
 */
public final class EmbeddedSchema {

    private final Schema schema;

    private EmbeddedSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * @param file the package file that holds the schema: relative {@code $ref}s start from its folder
     * @param draft 4, 6 or 7, or null for the draft its {@code $schema} names (7 without one)
     * @param name what messages call the schema, e.g. "rule paging in resources/api.spectral.yaml"
     */
    public static EmbeddedSchema compile(JsonNode json, Path file, Integer draft, SuiteResources resources, String name,
                                         String testCase) throws ConformanceException {
        return new EmbeddedSchema(new SchemaCompiler(resources, Map.of()).compile(json, file, draft, name, testCase));
    }

    /** The drafts everit validates. */
    public static boolean supports(int draft) {
        return SchemaCompiler.DRAFTS.contains(draft);
    }

    /**
     * The violations of {@code value}, each with the JSON pointer below it.
     *
     * @param depth how deep the value nests, at most (deep values are validated on a thread with a larger stack)
     */
    public List<SchemaViolation> violations(String name, JsonNode value, int depth, CheckContext context)
            throws ArtifactException, IOException {
        return SchemaValidation.violations(schema, name, value, depth, context);
    }
}
