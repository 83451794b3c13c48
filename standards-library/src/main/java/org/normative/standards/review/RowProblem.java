package org.normative.standards.review;

import org.normative.standards.LocalizedText;

/** A row of a commenting template that could not be read, with its row number and why. */
public record RowProblem(int row, LocalizedText message) {
}
