package org.normative.conformance.suite;

/**
 * An example file of a test case: one that must pass it, or one that must fail it (and, where {@code rule} is
 * given, fail it with a finding of that rule). {@code suite test} runs them.
 */
public record Example(String file, boolean expectPass, String rule) {
}
