package org.normative.standards.review.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.normative.standards.StandardsException;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.ReviewComment;

/**
 * Writes a comment set as the ISO commenting template: the header on the first row, one comment per row in the
 * template's columns, every value as text (a line number stays "17", a clause "3.10"), and the disposition after
 * them, so that reading the file back gives the same comments. Written to a temporary file first, then moved.
 */
public final class CommentTemplateWriter {

    static final String SHEET = "Comments";
    private static final int[] WIDTHS = {12, 10, 14, 18, 12, 60, 50, 50, 22};

    public void write(List<ReviewComment> comments, Path file) throws StandardsException {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row header = sheet.createRow(0);
            TemplateColumn[] columns = TemplateColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ReviewComment comment : comments) {
                Row row = sheet.createRow(r++);
                String[] values = values(comment);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                    row.getCell(i).setCellStyle(wrap);
                }
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write failed already; that is what people need to hear about
            }
            throw new StandardsException(e, "file.write", file, String.valueOf(e.getMessage()));
        }
    }

    private static String[] values(ReviewComment comment) {
        CommentEntry e = comment.entry();
        return new String[] {e.memberBody(), e.line(), e.clause(), e.paragraph(), e.type().code(), e.comment(),
                e.proposedChange(), e.observations(), comment.disposition() == null ? "" : comment.disposition().label()};
    }
}
