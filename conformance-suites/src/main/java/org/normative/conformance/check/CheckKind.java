package org.normative.conformance.check;

import org.normative.conformance.ConformanceException;

/**
 * A kind of check ({@code xml-schema}, {@code schematron}, {@code json-schema}, {@code manual}...), found with
 * {@link java.util.ServiceLoader}: a plug-in lists its class in
 * {@code META-INF/services/org.normative.conformance.check.CheckKind}.
 *
 * <p>{@link #prepare} runs once when a suite is loaded and does the expensive work (compiling a schema or a
 * Schematron); the suite keeps the prepared check for all the runs it takes part in, on many threads at once.
 */
public interface CheckKind {

    /** The name suites use in {@code <check kind="...">}. */
    String id();

    /**
     * Prepares a check from its declaration in {@code suite.xml}. A declaration that is wrong (a missing attribute,
     * a resource that is not in the package, a schema that does not compile) is refused with a message naming it.
     */
    PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException;
}
