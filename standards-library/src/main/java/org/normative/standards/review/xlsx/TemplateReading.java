package org.normative.standards.review.xlsx;

import java.util.List;

import org.normative.standards.review.RowProblem;
import org.normative.standards.review.TemplateRow;

/** What a commenting template held: the rows that could be read, and those that could not, with why. */
public record TemplateReading(String sheet, List<TemplateRow> rows, List<RowProblem> problems) {

    public TemplateReading {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
