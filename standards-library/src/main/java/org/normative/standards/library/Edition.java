package org.normative.standards.library;

import java.time.LocalDate;

/**
 * One edition of a standard. {@code id} is the workspace's key for it; {@code revisesLabel} names the edition this
 * one revises, if any. Dates are null until they happen.
 */
public record Edition(long id, String label, Stage stage, LocalDate publishedOn, LocalDate implementedOn,
                      LocalDate withdrawnOn, String revisesLabel) {
}
