package org.normative.conformance.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.normative.conformance.ConformanceException;

/**
 * A {@code submission.json}: which suite, whose system, the classes claimed and the artifacts with their roles, files
 * relative to the manifest: {@code {"suite","organisation","system","version","classes":[],"artifacts":[{"role","file"}]}}.
 * Only {@code suite} and {@code artifacts} are required.
 */
public record SubmissionManifest(String suite, String organisation, String system, String version, List<String> classes,
                                 List<RoleFile> artifacts) {

    /** An artifact of the manifest: its role and its file, resolved against the manifest's folder. */
    public record RoleFile(String role, Path file) {
    }

    private static final long MAX_BYTES = 1L << 20;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build());
    }

    public SubmissionManifest {
        classes = List.copyOf(classes);
        artifacts = List.copyOf(artifacts);
    }

    public static SubmissionManifest read(Path file) throws ConformanceException {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConformanceException("manifest.invalid", file, "larger than 1 MB");
            }
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConformanceException(e, "manifest.invalid", file, e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("suite").isTextual() || !root.path("artifacts").isArray()) {
            throw new ConformanceException("manifest.invalid", file, "needs \"suite\" (text) and \"artifacts\" (array)");
        }
        Path folder = file.toAbsolutePath().getParent();
        List<RoleFile> artifacts = new ArrayList<>();
        for (JsonNode artifact : root.path("artifacts")) {
            if (!artifact.path("role").isTextual() || !artifact.path("file").isTextual()) {
                throw new ConformanceException("manifest.invalid", file, "each artifact needs \"role\" and \"file\"");
            }
            artifacts.add(new RoleFile(artifact.get("role").asText(), folder.resolve(artifact.get("file").asText()).normalize()));
        }
        List<String> classes = new ArrayList<>();
        root.path("classes").forEach(c -> classes.add(c.asText()));
        return new SubmissionManifest(root.get("suite").asText(), root.path("organisation").asText(""),
                root.path("system").asText(""), root.path("version").asText(""), classes, artifacts);
    }
}
