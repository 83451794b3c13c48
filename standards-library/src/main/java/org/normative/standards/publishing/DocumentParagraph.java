package org.normative.standards.publishing;

/**
 * A paragraph of an imported document as the content assembler needs it: its heading level (1 for a main
 * clause; null for body text), its style id (may be null) and its text.
 */
public record DocumentParagraph(Integer level, String style, String text) {
}
