package org.normative.standards.library;

import org.normative.standards.LocalizedText;

/** A node of the standards-system framework tree; {@code parentCode} is null for the top level. */
public record FrameworkNode(String code, String parentCode, LocalizedText name) {
}
