package org.normative.standards.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import org.normative.standards.StandardsException;

/**
 * Content-addressed file store: a file is kept once under its SHA-256 ({@code blobs/ab/abcdef...}), so the same
 * artifact submitted twice takes the space once and a stored file can never change under its name. Writes go to a
 * temporary file first and are moved into place, so a crash leaves no half-written blob behind.
 */
public final class BlobStore {

    private final Path root;

    BlobStore(Path root) throws StandardsException {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new StandardsException(e, "blob.io", root, e.getMessage());
        }
    }

    /** Stores the stream's bytes (read to the end, not closed) and returns their hash. */
    public BlobRef put(InputStream content) throws StandardsException {
        Path temp = null;
        try {
            temp = Files.createTempFile(root.resolve("tmp"), "incoming", ".part");
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                size = content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temp, target);
            }
            return new BlobRef(hash, size);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StandardsException(e, "blob.io", root, e.getMessage());
        }
    }

    public boolean contains(String sha256) {
        return isHash(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    public InputStream open(String sha256) throws StandardsException {
        if (!contains(sha256)) {
            throw new StandardsException("blob.missing", sha256);
        }
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new StandardsException(e, "blob.io", sha256, e.getMessage());
        }
    }

    /** The stored file itself, for readers that need random access (read it, never write it). */
    public Path path(String sha256) throws StandardsException {
        if (!contains(sha256)) {
            throw new StandardsException("blob.missing", sha256);
        }
        return pathOf(sha256);
    }

    /** Where the file with this hash lies (or would lie): for records that list stored files without opening them. */
    public Path location(String sha256) {
        return pathOf(sha256);
    }

    /** Deletes every stored file. Only {@link Workspace#reset()} calls this. */
    void clear() throws StandardsException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(root) && !file.equals(root.resolve("tmp"))) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new StandardsException(e, "blob.io", root, e.getMessage());
        }
    }

    private Path pathOf(String sha256) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private static boolean isHash(String text) {
        return text != null && text.matches("[0-9a-fA-F]{64}");
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray temporary file is harmless
            }
        }
    }
}
