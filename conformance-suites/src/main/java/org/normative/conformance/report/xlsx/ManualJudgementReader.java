package org.normative.conformance.report.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.ReportText;
import org.normative.conformance.result.Verdict;

/**
 * Reads the Manual judgements sheet of an XLSX report back, after an evaluator filled it in: one
 * {@link ManualJudgement} per row with a judgement; rows left blank are not judged yet. The sheet may be in English or
 * Chinese. A bad value stops the import with the sheet, row and column named as the spreadsheet shows them. Read as a
 * stream: the Findings sheet of the same file may be large.
 */
public final class ManualJudgementReader {

    private static final List<ReportText> LANGUAGES = List.of(new ReportText(Locale.ENGLISH),
            new ReportText(Locale.SIMPLIFIED_CHINESE));

    public List<ManualJudgement> read(Path file) throws ConformanceException {
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).open(file.toFile())) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String name = workbook.getSheetName(i);
                if (LANGUAGES.stream().anyMatch(text -> text.get(ManualJudgement.SHEET).equals(name))) {
                    return read(workbook.getSheetAt(i));
                }
            }
            throw new ConformanceException("report.judgement.noSheet", file.getFileName(),
                    LANGUAGES.get(0).get(ManualJudgement.SHEET));
        } catch (ConformanceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ConformanceException(e, "report.judgement.unreadable", file.getFileName(), e.getMessage());
        }
    }

    private static List<ManualJudgement> read(Sheet sheet) throws ConformanceException {
        List<ManualJudgement> judgements = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            if (row.getRowNum() == 0) {
                checkHeader(sheet.getSheetName(), row);
                continue;
            }
            String testCase = text(row, ManualJudgement.TEST_CASE);
            String judgement = text(row, ManualJudgement.JUDGEMENT);
            if (testCase.isEmpty() || judgement.isEmpty()) {
                continue;
            }
            Verdict verdict = ManualJudgement.VERDICTS.stream().filter(v -> v.name().equalsIgnoreCase(judgement)).findFirst()
                    .orElseThrow(() -> problem("report.judgement.badVerdict", sheet, number, ManualJudgement.JUDGEMENT,
                            judgement));
            String evaluator = text(row, ManualJudgement.EVALUATOR);
            if (evaluator.isEmpty()) {
                throw problem("report.judgement.missing", sheet, number, ManualJudgement.EVALUATOR);
            }
            LocalDate date = date(sheet, row, number);
            Integer earlier = rowOf.putIfAbsent(testCase, number);
            if (earlier != null) {
                throw new ConformanceException("report.judgement.duplicate", sheet.getSheetName(), number, testCase, earlier);
            }
            judgements.add(new ManualJudgement(testCase, verdict, text(row, ManualJudgement.NOTE), evaluator, date));
        }
        return judgements;
    }

    /** The columns must be where the writer put them: values are read by position. */
    private static void checkHeader(String sheetName, Row header) throws ConformanceException {
        for (int i = 0; i < ManualJudgement.COLUMNS.size(); i++) {
            String key = ManualJudgement.COLUMNS.get(i);
            String found = text(header, i);
            List<String> expected = List.of(LANGUAGES.get(0).get(key), LANGUAGES.get(1).get(key));
            if (!expected.contains(found)) {
                throw new ConformanceException("report.judgement.movedColumn", sheetName, CellReference.convertNumToColString(i),
                        LANGUAGES.get(0).get(key), found);
            }
        }
    }

    private static LocalDate date(Sheet sheet, Row row, int number) throws ConformanceException {
        Cell cell = row.getCell(ManualJudgement.DATE);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        String value = text(row, ManualJudgement.DATE);
        if (value.isEmpty()) {
            throw problem("report.judgement.missing", sheet, number, ManualJudgement.DATE);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem("report.judgement.badDate", sheet, number, ManualJudgement.DATE, value);
        }
    }

    private static ConformanceException problem(String key, Sheet sheet, int row, int column, Object... value) {
        Object[] arguments = new Object[4 + value.length];
        arguments[0] = sheet.getSheetName();
        arguments[1] = row;
        arguments[2] = CellReference.convertNumToColString(column);
        arguments[3] = header(sheet.getSheetName(), column);
        System.arraycopy(value, 0, arguments, 4, value.length);
        return new ConformanceException(key, arguments);
    }

    /** The column's header in the sheet's own language. */
    private static String header(String sheetName, int column) {
        ReportText text = LANGUAGES.stream().filter(t -> t.get(ManualJudgement.SHEET).equals(sheetName)).findFirst()
                .orElse(LANGUAGES.get(0));
        return text.get(ManualJudgement.COLUMNS.get(column));
    }

    /** A cell as trimmed text, whatever its type; empty for none. */
    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
            default -> "";
        };
    }
}
