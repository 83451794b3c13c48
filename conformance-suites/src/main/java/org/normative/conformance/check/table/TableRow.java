package org.normative.conformance.check.table;

/**
 * One data row.
 *
 * @param number the data row's number, from 1; the header is not counted and neither are blank lines
 * @param line where the row starts in the file: the CSV line, or the spreadsheet's own row number
 * @param values the cell values as text, in column order
 * @param typed for XLSX, which values came from a cell that held a number, date or boolean rather than text (their
 *        text is canonical: plain decimals, ISO dates); null for CSV, where every value is text
 */
record TableRow(long number, long line, String[] values, boolean[] typed) {

    boolean typed(int column) {
        return typed != null && column < typed.length && typed[column];
    }
}
