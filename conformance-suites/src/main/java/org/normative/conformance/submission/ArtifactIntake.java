package org.normative.conformance.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.normative.conformance.ConformanceException;

/** Takes a file in as an artifact: hashes it (SHA-256) and detects its media type from its content. */
public final class ArtifactIntake {

    private final MediaTypeDetector detector = new MediaTypeDetector();

    /** An artifact for a file where it lies (the command line's {@code run} without a workspace copy). */
    public Artifact inPlace(String role, Path file) throws ConformanceException {
        if (!Files.isRegularFile(file)) {
            throw new ConformanceException("artifact.notAFile", file);
        }
        try {
            return new Artifact(role, file.getFileName().toString(), detector.detect(file), Files.size(file), sha256(file), file);
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", file, e.getMessage());
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
