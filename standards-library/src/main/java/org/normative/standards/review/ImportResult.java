package org.normative.standards.review;

import java.util.List;

/**
 * What an import of a commenting template did: the comments added, the rows already in the comment set (a file
 * imported twice adds nothing the second time), and the rows it could not read.
 */
public record ImportResult(List<ReviewComment> added, int alreadyPresent, List<RowProblem> problems) {

    public ImportResult {
        added = List.copyOf(added);
        problems = List.copyOf(problems);
    }
}
