package org.normative.conformance.submission;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a submission as the checks see it: its role in the suite (e.g. "invoice"), the name the vendor gave
 * it, the media type detected from its content, its size and SHA-256 taken at intake, and where its bytes are.
 */
public record Artifact(String role, String name, String mediaType, long size, String sha256, Path file) {

    public Artifact {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
    }
}
