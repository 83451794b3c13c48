package org.normative.standards.review.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.normative.standards.Messages;
import org.normative.standards.StandardsException;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.RowProblem;
import org.normative.standards.review.TemplateRow;

/**
 * Reads the ISO commenting template as member bodies send it back: the header row wherever it is in the first rows
 * (under merged title rows), the columns in any order among others, blank rows skipped, the type as {@code te} or
 * {@code technical}. A row that cannot be read is reported with its row number and the others are still read; a
 * file that is not a workbook, or a hostile one, is refused as a whole.
 */
public final class CommentTemplateReader {

    static final int HEADER_SEARCH_ROWS = 30;
    static final int MAX_ROWS = 20_000;
    private static final Messages MESSAGES = new Messages("org.normative.standards.messages");

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    public TemplateReading read(Path file) throws StandardsException {
        XlsxGate.check(file);
        String name = String.valueOf(file.getFileName());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : workbook) {
                Optional<Header> header = header(sheet);
                if (header.isPresent()) {
                    return read(sheet, header.get(), name);
                }
            }
            throw new StandardsException("review.xlsx.noHeader", name);
        } catch (StandardsException e) {
            throw e;
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new StandardsException(e, "review.xlsx.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /** The header row and where each recognised column is; it must name at least the type and the comment. */
    private record Header(int row, Map<TemplateColumn, Integer> columns) {
    }

    private Optional<Header> header(Sheet sheet) {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<TemplateColumn, Integer> columns = new EnumMap<>(TemplateColumn.class);
            for (Cell cell : row) {
                TemplateColumn.recognise(text(cell)).ifPresent(c -> columns.putIfAbsent(c, cell.getColumnIndex()));
            }
            if (columns.containsKey(TemplateColumn.COMMENT) && columns.containsKey(TemplateColumn.TYPE)
                    && columns.size() >= 4) {
                return Optional.of(new Header(r, columns));
            }
        }
        return Optional.empty();
    }

    private TemplateReading read(Sheet sheet, Header header, String name) throws StandardsException {
        if (sheet.getLastRowNum() - header.row() > MAX_ROWS) {
            throw new StandardsException("review.xlsx.tooManyRows", sheet.getSheetName(), name, MAX_ROWS);
        }
        List<TemplateRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<TemplateColumn, String> values = new EnumMap<>(TemplateColumn.class);
            header.columns().forEach((column, index) -> values.put(column, text(row.getCell(index))));
            if (values.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            int number = r + 1;
            String typeText = values.getOrDefault(TemplateColumn.TYPE, "");
            Optional<CommentType> type = CommentType.parse(typeText);
            String dispositionText = values.getOrDefault(TemplateColumn.DISPOSITION, "");
            Optional<Disposition> disposition = Disposition.parse(dispositionText);
            if (values.getOrDefault(TemplateColumn.MEMBER_BODY, "").isEmpty()) {
                problems.add(problem(number, "review.row.noMember"));
            } else if (values.getOrDefault(TemplateColumn.COMMENT, "").isEmpty()) {
                problems.add(problem(number, "review.row.noComment"));
            } else if (type.isEmpty()) {
                problems.add(problem(number, "review.row.badType", typeText));
            } else if (!dispositionText.isEmpty() && disposition.isEmpty()) {
                problems.add(problem(number, "review.row.badDisposition", dispositionText));
            } else {
                rows.add(new TemplateRow(number, new CommentEntry(values.get(TemplateColumn.MEMBER_BODY),
                        values.get(TemplateColumn.LINE), values.get(TemplateColumn.CLAUSE),
                        values.get(TemplateColumn.PARAGRAPH), type.get(), values.get(TemplateColumn.COMMENT),
                        values.get(TemplateColumn.PROPOSED_CHANGE), values.get(TemplateColumn.OBSERVATIONS)),
                        disposition.orElse(null)));
            }
        }
        return new TemplateReading(sheet.getSheetName(), rows, problems);
    }

    private static RowProblem problem(int row, String key, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = row;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new RowProblem(row, MESSAGES.text(key, arguments));
    }

    /** A cell as trimmed text as the spreadsheet shows it (17, 3.1), formulas by their last computed value. */
    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()).strip();
                default -> "";
            };
        }
        return formatter.formatCellValue(cell).strip();
    }
}
