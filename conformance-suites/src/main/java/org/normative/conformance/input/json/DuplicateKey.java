package org.normative.conformance.input.json;

/**
 * A name given twice in one object. RFC 8259 leaves the meaning of such an object to each parser (here the last
 * value wins, as in most), and YAML forbids it; so the reader records it for the check to report.
 *
 * @param pointer the JSON pointer of the second occurrence
 */
public record DuplicateKey(String pointer, String name, SourcePosition position) {
}
