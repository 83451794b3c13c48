package org.normative.standards.review;

/** A row read from a commenting template: its row number as the spreadsheet shows it, and what it says. */
public record TemplateRow(int row, CommentEntry entry, Disposition disposition) {
}
