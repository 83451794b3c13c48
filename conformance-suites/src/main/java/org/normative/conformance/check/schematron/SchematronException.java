package org.normative.conformance.check.schematron;

/** A Schematron or stylesheet that does not compile; the kind turns it into a message naming the test case. */
final class SchematronException extends Exception {

    private static final long serialVersionUID = 1L;

    SchematronException(String message, Throwable cause) {
        super(message, cause);
    }
}
