package org.normative.conformance.input.json;

/**
 * One line of a JSON Lines file, read into a tree.
 *
 * @param number the line number, from 1
 * @param byteOffset where the line starts in the file
 * @param text the line's bytes, kept to locate findings in it
 */
public record JsonLine(long number, long byteOffset, byte[] text, JsonDocument document) {
}
