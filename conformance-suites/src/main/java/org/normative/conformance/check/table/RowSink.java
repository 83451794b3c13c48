package org.normative.conformance.check.table;

import java.io.IOException;

/** What a table reader hands its rows to, one at a time, in file order. */
interface RowSink {

    /**
     * The header row, before any data row; not called for a table without one.
     *
     * @param line where it is: the CSV line or the spreadsheet row number
     */
    void header(String[] names, long line) throws IOException;

    /** One data row; the arrays are the sink's to keep or drop. */
    void row(TableRow row) throws IOException;

    /** Something wrong with the bytes or the syntax rather than a value: bad encoding, a quote out of place. */
    void problem(TextProblem problem, Long row);
}
