package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.json.HardenedJsonReader;

/**
 * Loads a schema file of a suite package with everit, for draft 4, 6 or 7: the draft the check declares, else the
 * one the schema's {@code $schema} names, else 7. {@code $ref}s to other documents go through
 * {@link PackageSchemaClient}, so they stay inside the package.
 */
final class SchemaCompiler {

    private static final Map<String, Integer> META_SCHEMAS = Map.of(
            "http://json-schema.org/draft-04/schema", 4,
            "http://json-schema.org/draft-06/schema", 6,
            "http://json-schema.org/draft-07/schema", 7);
    static final Set<Integer> DRAFTS = Set.of(4, 6, 7);

    private final SuiteResources resources;
    private final Map<String, Path> mirrors;

    SchemaCompiler(SuiteResources resources, Map<String, Path> mirrors) {
        this.resources = resources;
        this.mirrors = mirrors;
    }

    /**
     * @param relativePath the schema as the suite names it, for messages
     * @param draft 4, 6, 7, or null to take it from {@code $schema}
     */
    Schema compile(String relativePath, Integer draft, String testCase) throws ConformanceException {
        Path file = resources.resolve(relativePath);
        JsonNode json = new HardenedJsonReader(Limits.DEFAULT).read(file, relativePath).root();
        return compile(json, file, draft, relativePath, testCase);
    }

    /**
     * A schema already read, as found in {@code file} (a schema file, or a rule set that holds it): its relative
     * {@code $ref}s are resolved from that file's folder.
     */
    Schema compile(JsonNode json, Path file, Integer draft, String relativePath, String testCase) throws ConformanceException {
        int version = draft != null ? draft : declaredDraft(json, relativePath, testCase);
        if (draft != null && json instanceof ObjectNode object && object.has("$schema")) {
            json = object.deepCopy().without("$schema"); // the check's draft wins; everit would otherwise follow $schema
        }
        PackageSchemaClient client = new PackageSchemaClient(resources, mirrors, testCase);
        JsonNode id = json.path(version == 4 ? "id" : "$id");
        if (id.isTextual()) {
            client.serveRootAs(id.textValue(), file);
            folderOf(id.textValue()).ifPresent(prefix -> client.mirrorRootId(prefix, file.getParent()));
        }
        SchemaLoader.SchemaLoaderBuilder loader = SchemaLoader.builder()
                .schemaClient(client)
                .regexpFactory(new GuardedRegexpFactory())
                .resolutionScope(file.toUri())
                .schemaJson(OrgJsonTree.of(json));
        if (version == 6) {
            loader.draftV6Support();
        } else if (version == 7) {
            loader.draftV7Support();
        }
        try {
            return loader.build().load().build();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedReference refused) {
                    throw refused.reason();
                }
            }
            throw new ConformanceException(e, "jsonSchema.invalid", testCase, relativePath, String.valueOf(e.getMessage()));
        }
    }

    private static int declaredDraft(JsonNode json, String relativePath, String testCase) throws ConformanceException {
        JsonNode declared = json.path("$schema");
        if (!declared.isTextual()) {
            return 7;
        }
        String url = declared.textValue().replaceFirst("#$", "").replaceFirst("^https:", "http:");
        Integer version = META_SCHEMAS.get(url);
        if (version == null) {
            throw new ConformanceException("jsonSchema.unknownDraft", testCase, relativePath, declared.textValue());
        }
        return version;
    }

    /** The folder of an absolute http(s) {@code $id}, as "https://example.org/schemas/". */
    private static Optional<String> folderOf(String id) {
        try {
            URI uri = new URI(id);
            String scheme = uri.getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getRawPath() == null || !uri.getRawPath().contains("/")) {
                return Optional.empty(); // a URN or a relative id names no folder
            }
            String text = uri.resolve(".").toString();
            return Optional.of(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
