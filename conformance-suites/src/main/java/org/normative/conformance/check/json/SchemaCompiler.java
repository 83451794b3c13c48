package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonFormat;
import org.normative.conformance.submission.MediaTypeDetector;

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
        JsonNode json;
        try (InputStream in = Files.newInputStream(file)) {
            json = new HardenedJsonReader(Limits.DEFAULT).read(in, JsonFormat.of(new MediaTypeDetector().detect(file)), relativePath).root();
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", relativePath, e.getMessage());
        }
        int version = draft != null ? draft : declaredDraft(json, relativePath, testCase);
        if (draft != null && json instanceof ObjectNode object) {
            object.remove("$schema"); // the check's draft wins; everit would otherwise follow $schema
        }
        PackageSchemaClient client = new PackageSchemaClient(resources, mirrors, testCase);
        rootId(json, version).ifPresent(prefix -> client.mirrorRootId(prefix, file.getParent()));
        SchemaLoader.SchemaLoaderBuilder loader = SchemaLoader.builder()
                .schemaClient(client)
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

    /** The folder URI of an absolute {@code $id} (draft 4: {@code id}) of the root schema, if it has one. */
    private static java.util.Optional<String> rootId(JsonNode json, int version) {
        JsonNode id = json.path(version == 4 ? "id" : "$id");
        if (!id.isTextual()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(id.textValue());
            if (!uri.isAbsolute() || uri.getScheme().equals("file")) {
                return java.util.Optional.empty();
            }
            String text = uri.toString();
            return java.util.Optional.of(text.substring(0, text.lastIndexOf('/') + 1));
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
