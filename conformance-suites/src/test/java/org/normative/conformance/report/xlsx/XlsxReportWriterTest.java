package org.normative.conformance.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.ReportModelBuilder;
import org.normative.conformance.report.ReportRuns;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestSuites;

/** XLSX reports read back with POI, and the manual-judgement sheet filled in and imported again. */
class XlsxReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void theSheetsCarryTheVerdictTheResultsAndEachFinding() throws Exception {
        RunRecord run = ReportRuns.failingWithManualCase(dir);

        try (Workbook workbook = open(write(run, Locale.ENGLISH))) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Results", "Findings", "Requirements", "Artifacts",
                    "Manual judgements");
            Sheet summary = workbook.getSheet("Summary");
            assertThat(row(summary, 1)).containsExactly("Verdict", "NOT_CONFORMANT");
            assertThat(row(summary, 3)).containsExactly("Certifiable", "no");
            assertThat(row(summary, 13)).containsExactly("Suite SHA-256", run.suite().sha256());
            assertThat(row(workbook.getSheet("Results"), 1)).startsWith("/t/a", "/t/a", "core", "/req/dg-0102/openapi", "yes",
                    "FAIL");
            assertThat(row(workbook.getSheet("Findings"), 0)).startsWith("Test case", "Rule", "Severity", "Message", "Artifact",
                    "Line", "Column");
            assertThat(row(workbook.getSheet("Findings"), 1)).startsWith("/t/a", "R-1", "ERROR", "broken", "licence.xml", "3", "7");
            assertThat(row(workbook.getSheet("Artifacts"), 1)).containsExactly("data", "licence.xml", "application/xml", "4",
                    run.artifacts().get(0).sha256());
            XSSFSheet results = (XSSFSheet) workbook.getSheet("Results");
            assertThat(results.getPaneInformation().isFreezePane()).isTrue();
            assertThat(results.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I4");
            assertThat(results.getRow(0).getCell(0).getCellStyle().getFontIndex()).satisfies(index ->
                    assertThat(workbook.getFontAt(index).getBold()).isTrue());
        }
    }

    @Test
    void tenThousandFindingsAreAllListed() throws Exception {
        RunRecord run = ReportRuns.scripted(dir, TestSuites.testCase("/t/many", "core", "many"), false);

        Path file = write(run, Locale.ENGLISH);
        // streamed, as a consumer of a large report would read it
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).open(file.toFile())) {
            int rows = 0;
            List<String> last = List.of();
            for (Row row : workbook.getSheetAt(2)) {
                rows++;
                last = cells(row);
            }
            assertThat(workbook.getSheetName(2)).isEqualTo("Findings");
            assertThat(rows).as("the header and every finding the run kept").isEqualTo(10_001);
            assertThat(last).startsWith("/t/many", "R-0", "ERROR", "finding 9999");
        }
    }

    @Test
    void judgementsFilledInOfflineReadBack() throws Exception {
        RunRecord run = ReportRuns.scripted(dir, TestSuites.testCase("/t/a", "core", "pass"), true);
        Path file = write(run, Locale.ENGLISH);
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("Manual judgements");
            assertThat(row(sheet, 0)).containsExactly("Test case", "Title", "Judgement", "Note", "Evaluator", "Date");
            assertThat(row(sheet, 1)).startsWith("/t/manual", "The signature verifies");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("PASS", "FAIL", "NOT_APPLICABLE");
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("C2");
            });
            fill(sheet.getRow(1), "PASS", "Verified with GM/T 0009 tool 2.1", "王芳");
            sheet.getRow(1).getCell(5).setCellValue(LocalDate.of(2026, 11, 24));
            save(workbook, file);
        }

        assertThat(new ManualJudgementReader().read(file)).containsExactly(new ManualJudgement("/t/manual", Verdict.PASS,
                "Verified with GM/T 0009 tool 2.1", "王芳", LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aChineseWorkbookReadsBackToo() throws Exception {
        RunRecord run = ReportRuns.scripted(dir, TestSuites.testCase("/t/a", "core", "pass"), true);
        Path file = write(run, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("摘要", "结果", "问题", "需求", "受测文件", "人工判定");
            XSSFSheet sheet = workbook.getSheet("人工判定");
            assertThat(row(sheet, 1)).startsWith("/t/manual", "签名验证通过");
            fill(sheet.getRow(1), "not_applicable", "不适用：未签名", "李明");
            sheet.getRow(1).getCell(5).setCellValue("2026-11-25");
            save(workbook, file);
        }

        assertThat(new ManualJudgementReader().read(file)).containsExactly(new ManualJudgement("/t/manual",
                Verdict.NOT_APPLICABLE, "不适用：未签名", "李明", LocalDate.of(2026, 11, 25)));
    }

    @Test
    void aBadJudgementIsNamedWithItsRowAndColumn() throws Exception {
        RunRecord run = ReportRuns.scripted(dir, TestSuites.testCase("/t/a", "core", "pass"), true);
        Path file = write(run, Locale.ENGLISH);
        try (XSSFWorkbook workbook = open(file)) {
            fill(workbook.getSheet("Manual judgements").getRow(1), "MAYBE", "", "Wang Fang");
            save(workbook, file);
        }
        assertThatThrownBy(() -> new ManualJudgementReader().read(file)).isInstanceOf(ConformanceException.class)
                .hasMessage("Sheet \"Manual judgements\", row 2, column C (Judgement): \"MAYBE\" is not a judgement; write PASS,"
                        + " FAIL or NOT_APPLICABLE.");

        try (XSSFWorkbook workbook = open(file)) {
            fill(workbook.getSheet("Manual judgements").getRow(1), "FAIL", "", "Wang Fang");
            workbook.getSheet("Manual judgements").getRow(1).getCell(5).setCellValue("24.11.2026");
            save(workbook, file);
        }
        assertThatThrownBy(() -> new ManualJudgementReader().read(file))
                .hasMessage("Sheet \"Manual judgements\", row 2, column F (Date): \"24.11.2026\" is not a date; write it as"
                        + " 2026-11-23.");

        try (XSSFWorkbook workbook = open(file)) {
            fill(workbook.getSheet("Manual judgements").getRow(1), "FAIL", "", "");
            save(workbook, file);
        }
        assertThatThrownBy(() -> new ManualJudgementReader().read(file))
                .hasMessage("Sheet \"Manual judgements\", row 2, column E (Evaluator): a judgement needs this value.");
    }

    @Test
    void aFileThatIsNotAReportIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("notes.xlsx");
        Files.writeString(file, "not a workbook");
        assertThatThrownBy(() -> new ManualJudgementReader().read(file)).isInstanceOf(ConformanceException.class)
                .hasMessageStartingWith("notes.xlsx cannot be read as an XLSX report");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Judgements");
            save(workbook, file);
        }
        assertThatThrownBy(() -> new ManualJudgementReader().read(file))
                .hasMessageStartingWith("notes.xlsx has no sheet named \"Manual judgements\"");
    }

    private Path write(RunRecord run, Locale locale) throws Exception {
        Path file = dir.resolve("report-" + locale.getLanguage() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxReportWriter().write(new ReportModelBuilder(RequirementDirectory.NONE).build(run), run, locale, out);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(Workbook workbook, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static void fill(Row row, String judgement, String note, String evaluator) {
        row.getCell(2).setCellValue(judgement);
        row.getCell(3).setCellValue(note);
        row.getCell(4).setCellValue(evaluator);
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** A row's cells as text: numbers without a fraction as integers, blanks as "". */
    private static List<String> row(Sheet sheet, int index) {
        return cells(sheet.getRow(index));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        }));
        return cells;
    }
}
