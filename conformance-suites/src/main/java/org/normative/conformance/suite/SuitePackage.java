package org.normative.conformance.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;

/**
 * A suite package in a folder: {@code suite.xml} plus its resources and examples. A {@code .zip} is unpacked into
 * a folder first, with the zip limits of {@link Limits} (entry count, total size, inflate ratio; no entry may leave
 * the folder). The package's SHA-256 covers every file's path and content, so a folder and the zip it came from
 * hash the same.
 */
public final class SuitePackage implements AutoCloseable {

    private final Path root;
    private final String sha256;
    private final boolean temporary;

    private SuitePackage(Path root, String sha256, boolean temporary) {
        this.root = root;
        this.sha256 = sha256;
        this.temporary = temporary;
    }

    /** A folder as it is, or a zip unpacked into a temporary folder that {@link #close} deletes. */
    public static SuitePackage open(Path location, Limits limits) throws ConformanceException {
        if (Files.isDirectory(location)) {
            return inFolder(location);
        }
        if (!Files.isRegularFile(location)) {
            throw new ConformanceException("suite.package.notFound", location);
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("normative-suite-");
        } catch (IOException e) {
            throw new ConformanceException(e, "suite.package.unreadable", location, e.getMessage());
        }
        try {
            unzip(location, folder, limits);
            Path root = packageRoot(folder);
            return new SuitePackage(root, hash(root), true);
        } catch (ConformanceException | RuntimeException e) {
            deleteTree(folder);
            throw e;
        }
    }

    /** A folder holding suite.xml at its root. */
    public static SuitePackage inFolder(Path folder) throws ConformanceException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(SuiteFormat.FILE_NAME))) {
            throw new ConformanceException("suite.package.noSuiteXml", folder);
        }
        return new SuitePackage(root, hash(root), false);
    }

    public Path root() {
        return root;
    }

    public String sha256() {
        return sha256;
    }

    /** Copies the package's files into {@code target} (which must not exist yet), e.g. into the workspace. */
    public void copyTo(Path target) throws ConformanceException {
        try {
            for (Path file : files(root)) {
                Path to = target.resolve(root.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        } catch (IOException e) {
            throw new ConformanceException(e, "suite.package.unreadable", root, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (temporary) {
            deleteTree(root);
        }
    }

    /** A zip may hold the package at its root or in one top folder (as "Compress folder" makes it). */
    private static Path packageRoot(Path folder) throws ConformanceException {
        if (Files.isRegularFile(folder.resolve(SuiteFormat.FILE_NAME))) {
            return folder;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            if (dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve(SuiteFormat.FILE_NAME))) {
                return dirs.get(0);
            }
        } catch (IOException e) {
            throw new ConformanceException(e, "suite.package.unreadable", folder, e.getMessage());
        }
        throw new ConformanceException("suite.package.noSuiteXml", folder.getFileName());
    }

    static void unzip(Path zip, Path folder, Limits limits) throws ConformanceException {
        long compressedSize;
        try {
            compressedSize = Math.max(1, Files.size(zip));
        } catch (IOException e) {
            throw new ConformanceException(e, "suite.package.unreadable", zip, e.getMessage());
        }
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new ConformanceException("suite.package.tooManyEntries", zip.getFileName(), limits.maxZipEntries());
                }
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || entry.getName().contains("\\")) {
                    throw new ConformanceException("suite.package.entryOutside", zip.getFileName(), entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limits.maxZipBytes() || total > compressedSize * limits.maxZipRatio()) {
                            throw new ConformanceException("suite.package.bomb", zip.getFileName(),
                                    limits.maxZipBytes() >> 20, limits.maxZipRatio());
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new ConformanceException(e, "suite.package.brokenZip", zip.getFileName(), e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConformanceException(e, "suite.package.unreadable", zip.getFileName(), e.getMessage());
        }
        if (entries == 0) {
            throw new ConformanceException("suite.package.brokenZip", zip.getFileName(), "no entries");
        }
    }

    /** Files in path order, relative paths with "/" so that the hash is the same on every system. */
    static String hash(Path root) throws ConformanceException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files(root)) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                MessageDigest content = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        content.update(buffer, 0, n);
                    }
                }
                digest.update(content.digest());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ConformanceException(e, "suite.package.unreadable", root, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Regular files only: a symbolic link could point anywhere on the machine. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a run for
        }
    }
}
