package org.normative.standards.library;

import org.normative.standards.LocalizedText;

/** A technical committee, for example {@code TC-DATA}, that owns standards. */
public record Committee(String code, LocalizedText name, String domain) {
}
