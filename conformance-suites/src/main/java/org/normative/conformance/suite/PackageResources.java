package org.normative.conformance.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.SuiteResources;

/** The resources of a suite package unpacked in a folder. */
public final class PackageResources implements SuiteResources {

    private final Path root;

    public PackageResources(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path resolve(String relativePath) throws ConformanceException {
        Path file;
        try {
            file = root.resolve(relativePath).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConformanceException("suite.resource.outside", relativePath);
        }
        if (!contains(file)) {
            throw new ConformanceException("suite.resource.outside", relativePath);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConformanceException("suite.resource.missing", relativePath);
        }
        return file;
    }

    @Override
    public boolean contains(Path file) {
        return file.toAbsolutePath().normalize().startsWith(root);
    }
}
