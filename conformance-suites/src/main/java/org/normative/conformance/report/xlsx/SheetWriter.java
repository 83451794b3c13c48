package org.normative.conformance.report.xlsx;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table sheet written row by row (SXSSF keeps only a window of rows in memory): a bold, frozen header with an
 * auto-filter over the rows written, columns of set widths, and cells typed by value (numbers stay numbers, so
 * that a spreadsheet can sort and sum them).
 */
final class SheetWriter {

    /** The most characters a cell holds (Excel's limit); longer text is cut, the JSON report has all of it. */
    static final int MAX_CELL = 32_767;
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final int columns;
    private int next;

    SheetWriter(SXSSFSheet sheet, XlsxStyles styles, List<String> headers, int... widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = headers.size();
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, Math.min(255, i < widths.length ? widths[i] : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Rows still free on the sheet. */
    long room() {
        return MAX_ROWS - next;
    }

    Row row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            set(row.createCell(i), values[i]);
        }
        return row;
    }

    private void set(Cell cell, Object value) {
        if (value == null) {
            cell.setCellStyle(styles.text());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
            cell.setCellStyle(styles.text());
        }
    }

    void style(Row row, int column, CellStyle style) {
        row.getCell(column).setCellStyle(style);
    }

    /** The auto-filter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, columns - 1));
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    int rowsWritten() {
        return next;
    }
}
