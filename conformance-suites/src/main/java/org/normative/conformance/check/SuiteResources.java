package org.normative.conformance.check;

import java.nio.file.Path;
import org.normative.conformance.ConformanceException;

/** The files of a suite package (schemas, Schematron, rule sets, code lists), as a check kind may reach them. */
public interface SuiteResources {

    /** The package folder; every resource lies under it. */
    Path root();

    /**
     * A file of the package by its path relative to the package root, e.g. "resources/invoice.xsd". A path that
     * leaves the package or names no file is refused with the path in the message.
     */
    Path resolve(String relativePath) throws ConformanceException;

    /** True when {@code file} lies inside the package: what resolvers of imports and includes check. */
    boolean contains(Path file);
}
