package org.normative.conformance.check.table;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.MissingSheetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.Limits;

/**
 * Reads one sheet of an XLSX workbook row by row with the streaming reader (POI's SAX event API underneath): the
 * rows are never all in memory; the shared-strings part is, which the zip bounds keep within
 * {@link Limits#maxZipBytes()}. The workbook's zip is held to {@link Limits} through POI's {@link ZipSecureFile}:
 * inflate ratio, bytes per part and number of parts. Numbers, dates and booleans in typed cells come out as
 * canonical text (plain decimals, ISO dates) marked as typed; trailing empty cells do not make a row ragged.
 */
final class XlsxTableReader {

    private static final int CHECKPOINT_ROWS = 1024;

    void read(InputStream in, String name, Dialect dialect, RowSink sink, CheckContext context) throws ArtifactException, IOException {
        Limits limits = context.limits();
        bound(limits);
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).setReadComments(false)
                .setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false).setReadStyles(true).open(in)) {
            Sheet sheet = sheet(workbook, dialect.sheet(), name);
            long rows = 0;
            int width = -1;
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                List<Boolean> typed = new ArrayList<>();
                cells(row, values, typed);
                if (values.isEmpty()) {
                    continue; // a blank row, as a blank CSV line
                }
                long line = row.getRowNum() + 1L;
                if (width < 0 && dialect.header()) {
                    width = values.size();
                    sink.header(values.toArray(String[]::new), line);
                    continue;
                }
                while (values.size() < width) {
                    values.add("");
                    typed.add(false);
                }
                boolean[] typedCells = new boolean[typed.size()];
                for (int i = 0; i < typedCells.length; i++) {
                    typedCells[i] = typed.get(i);
                }
                sink.row(new TableRow(++rows, line, values.toArray(String[]::new), typedCells));
                if (rows % CHECKPOINT_ROWS == 0) {
                    context.checkpoint();
                }
            }
            if (width < 0 && dialect.header()) {
                throw new ArtifactException("table.noHeader", name);
            }
        } catch (ArtifactException | InterruptedIOException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(e, name, limits);
        }
    }

    /** POI's zip bounds are process-wide; every check sets them from the same limits. */
    private static synchronized void bound(Limits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxZipRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxZipBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
    }

    private static Sheet sheet(Workbook workbook, String wanted, String name) throws ArtifactException {
        if (wanted == null) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ArtifactException("table.noHeader", name);
            }
            return workbook.getSheetAt(0);
        }
        Sheet sheet = null;
        try {
            sheet = workbook.getSheet(wanted);
        } catch (MissingSheetException e) {
            // named below with the sheets there are
        }
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            throw new ArtifactException("table.xlsx.noSheet", name, wanted, String.join(", ", names));
        }
        return sheet;
    }

    /** The row's cells as text up to its last non-blank one, with gaps filled by empty text. */
    private static void cells(Row row, List<String> values, List<Boolean> typed) {
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            while (values.size() < column) {
                values.add("");
                typed.add(false);
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            String text = switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> number(cell);
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> "";
            };
            values.add(text);
            typed.add(type == CellType.NUMERIC || type == CellType.BOOLEAN);
        }
        int last = values.size();
        while (last > 0 && values.get(last - 1).isEmpty()) {
            last--;
        }
        values.subList(last, values.size()).clear();
        typed.subList(last, typed.size()).clear();
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }

    /** What POI's failure means for a vendor: a zip bomb, an encrypted workbook, or a broken one. */
    private static ArtifactException refusal(Exception failure, String name, Limits limits) throws InterruptedIOException {
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException stopped) {
                throw stopped;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("max file count")
                    || message.contains("exceeds the maximum")) {
                return new ArtifactException(failure, "table.xlsx.bomb", name, limits.maxZipRatio(), limits.maxZipBytes(),
                        limits.maxZipEntries());
            }
            if (cause instanceof EncryptedDocumentException) {
                return new ArtifactException(failure, "table.xlsx.encrypted", name);
            }
            root = cause;
        }
        return new ArtifactException(failure, "table.xlsx.broken", name, String.valueOf(root.getMessage()));
    }
}
