package org.normative.standards.review.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.ReviewComment;
import org.normative.standards.review.RowProblem;
import org.normative.standards.review.TemplateRow;

/** The ISO commenting template: a lossless round trip, and real-world templates read with tolerance. */
class CommentTemplateTest {

    @TempDir
    Path temp;

    private static ReviewComment stored(int number, CommentEntry entry, Disposition disposition) {
        return new ReviewComment(number, number, entry, null, disposition, "", null, null, 0);
    }

    private static final List<ReviewComment> COMMENTS = List.of(
            stored(1, new CommentEntry("CN", "007", "3.10", "Table 2", CommentType.TECHNICAL,
                    "“标识符一经分配不得重用”无法验证。\n第二行。", "改为：已废止的标识符应保留并标记为废止。",
                    "原则上采纳"), Disposition.ACCEPTED_IN_PRINCIPLE),
            stored(2, new CommentEntry("DE", "", "General", "", CommentType.GENERAL, "Use = signs: =SUM(A1)",
                    "", ""), null),
            stored(3, new CommentEntry("Inspur", "17", "4", "Note 1", CommentType.EDITORIAL, "Typo in 'identifer'.",
                    "identifier", "Accepted."), Disposition.ACCEPTED));

    @Test
    void anExportedTemplateReadsBackAsTheSameComments() throws Exception {
        Path file = temp.resolve("comments.xlsx");

        new CommentTemplateWriter().write(COMMENTS, file);
        TemplateReading reading = new CommentTemplateReader().read(file);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).extracting(TemplateRow::entry).containsExactlyElementsOf(
                COMMENTS.stream().map(ReviewComment::entry).toList());
        assertThat(reading.rows()).extracting(TemplateRow::disposition)
                .containsExactly(Disposition.ACCEPTED_IN_PRINCIPLE, null, Disposition.ACCEPTED);
        assertThat(reading.rows()).extracting(TemplateRow::row).containsExactly(2, 3, 4);
    }

    @Test
    void theExportHasTheTemplateColumnsAsPlainText() throws Exception {
        Path file = temp.resolve("comments.xlsx");
        new CommentTemplateWriter().write(COMMENTS, file);

        try (Workbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheet("Comments");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("MB/NC");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Type of comment (ge/te/ed)");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Observations of the secretariat");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("007");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("3.10");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("te");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("“标识符一经分配不得重用”无法验证。\n第二行。");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("accepted in principle");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Use = signs: =SUM(A1)");
        }
        assertThat(Files.list(temp)).extracting(p -> p.getFileName().toString()).containsExactly("comments.xlsx");
    }

    @Test
    void aMessyRealWorldTemplateIsReadAndItsBadRowsAreReportedByNumber() throws Exception {
        Path file = temp.resolve("messy.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Instructions").createRow(0).createCell(0).setCellValue("Fill in the Template sheet.");
            Sheet sheet = workbook.createSheet("Template");
            sheet.createRow(0).createCell(0).setCellValue("Template for comments and secretariat observations");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            sheet.createRow(1).createCell(0).setCellValue("Date: 2026-03-01        Document: ISO/DIS 0101");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            // row 3 left empty; the header on row 4, with an extra column first and the columns in another order
            row(sheet, 3, "Comment ID", "MB/NC¹", "Line number\n(e.g. 17)", "Clause/ Subclause\n(e.g. 3.1)",
                    "Paragraph/ Figure/ Table/ Note\n(e.g. Table 1)", "Type of comment²", "Comments", "Proposed change",
                    "Observations of the secretariat", "Internal");
            row(sheet, 4, "CN-01", "CN", null, "3.1", "", "te", "Clarify the identifier.", "Add a rule.", "", "x");
            Row numeric = row(sheet, 5, "CN-02", "CN", null, null, "Table 1", "Technical", "Units missing.", "", "", "");
            numeric.createCell(2).setCellValue(17);
            numeric.createCell(3).setCellValue(3.1);
            row(sheet, 6, "", "", "", "", "", "", "", "", "", "");
            row(sheet, 8, "DE-01", "DE", "12", "5", "", "Editorial", "Typo.", "Fix it.", "", "");
            row(sheet, 9, "DE-02", "DE", "13", "5", "", "te/ed", "Both?", "", "", "");
            row(sheet, 10, "DE-03", "DE", "14", "5", "", "ge", "", "Nothing said.", "", "");
            row(sheet, 11, "FR-01", "", "15", "5", "", "ge", "Who wrote this?", "", "", "");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        TemplateReading reading = new CommentTemplateReader().read(file);

        assertThat(reading.sheet()).isEqualTo("Template");
        assertThat(reading.rows()).extracting(TemplateRow::row).containsExactly(5, 6, 9);
        assertThat(reading.rows().get(0).entry()).isEqualTo(new CommentEntry("CN", "", "3.1", "", CommentType.TECHNICAL,
                "Clarify the identifier.", "Add a rule.", ""));
        assertThat(reading.rows().get(1).entry().line()).isEqualTo("17");
        assertThat(reading.rows().get(1).entry().clause()).isEqualTo("3.1");
        assertThat(reading.rows().get(1).entry().type()).isEqualTo(CommentType.TECHNICAL);
        assertThat(reading.rows().get(2).entry().type()).isEqualTo(CommentType.EDITORIAL);
        assertThat(reading.problems()).extracting(RowProblem::row).containsExactly(10, 11, 12);
        assertThat(reading.problems().get(0).message().en()).isEqualTo("Row 10: \"te/ed\" is not a type of comment (ge, te or ed).");
        assertThat(reading.problems().get(1).message().zh()).isEqualTo("第 11 行：意见为空。");
        assertThat(reading.problems().get(2).message().en()).contains("Row 12", "member body");
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }
}
