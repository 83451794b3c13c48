package org.normative.app.gui.standard;

/** One clause as the read-only reader shows it; {@code depth} 0 is a top-level clause. */
public record ReaderBlock(String number, String heading, String body, int depth) {
}
