package org.normative.conformance.check.table;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.result.Severity;

/**
 * Reads CSV and TSV row by row with FastCSV: memory holds one record (and the reader's buffer), whatever the file's
 * size. Ragged rows are passed on as they are, for the sink to judge; faults in the bytes and quotes come from the
 * {@link LocatingReader} underneath, each with the row it falls in. A record the parser cannot get past (a quote
 * left open until a field outgrows {@link #MAX_FIELD_CHARS}) ends the read with a finding.
 */
final class CsvTableReader {

    /** The longest field read (16 MB of memory); beyond it the read stops with a finding. */
    static final int MAX_FIELD_CHARS = 8 << 20;
    /** Rows between looks at the time limit and cancel, beyond the stream's own. */
    private static final int CHECKPOINT_ROWS = 4096;
    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    private record Parsed(long line, String[] fields, int lineBreaks) {
    }

    void read(InputStream in, String name, char delimiter, Dialect dialect, RowSink sink, CheckContext context)
            throws ArtifactException, IOException {
        LocatingReader text = new LocatingReader(in, dialect.encoding(), delimiter, dialect.quote());
        CsvReader<Parsed> csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(dialect.quote())
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .detectBomHeader(false)
                .maxBufferSize(MAX_FIELD_CHARS)
                .build(new RecordHandler(), text);
        long rows = 0;
        boolean headerRead = !dialect.header();
        try (csv; CloseableIterator<Parsed> records = csv.iterator()) {
            while (records.hasNext()) {
                Parsed record = records.next();
                long lastLine = record.line() + record.lineBreaks();
                if (!headerRead) {
                    text.drainUpTo(lastLine, problem -> sink.problem(problem, null));
                    sink.header(record.fields(), record.line());
                    headerRead = true;
                    continue;
                }
                long row = ++rows;
                text.drainUpTo(lastLine, problem -> sink.problem(problem, row));
                sink.row(new TableRow(row, record.line(), record.fields(), null));
                if (row % CHECKPOINT_ROWS == 0) {
                    context.checkpoint();
                }
            }
            if (!headerRead) {
                throw new ArtifactException("table.noHeader", name);
            }
            Long last = rows == 0 ? null : rows;
            text.drainAll(problem -> sink.problem(problem, last));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            rethrowStop(e);
            Long at = headerRead ? rows + 1 : null; // the record being read when the parser gave up
            text.drainAll(problem -> sink.problem(problem, at));
            sink.problem(stopped(e, text), at);
        }
    }

    /** What made the parser give up, as a finding: an unclosed quote, a record too wide, or what it says. */
    private static TextProblem stopped(CsvParseException e, LocatingReader text) {
        String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        Matcher started = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
        long line = started.find() ? Long.parseLong(started.group(1)) : 0;
        if (text.inQuotes()) {
            return new TextProblem("quote", Severity.ERROR, text.quoteLine(), text.quoteField(), null, "table.quote.unclosedTooLong",
                    text.quoteLine(), text.quoteField(), MAX_FIELD_CHARS);
        }
        return new TextProblem("csv-syntax", Severity.ERROR, line, 0, null, "table.csvSyntax", line, cause);
    }

    /** A parse "error" that is really the check being stopped or the file failing to read goes on as that. */
    private static void rethrowStop(CsvParseException e) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                throw io;
            }
        }
    }

    /** Builds each record's fields and counts the line breaks inside its quoted fields, to know where it ends. */
    private static final class RecordHandler extends AbstractBaseCsvCallbackHandler<Parsed> {
        private final List<String> fields = new ArrayList<>();
        private int lineBreaks;

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields.clear();
            lineBreaks = 0;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (quoted) {
                lineBreaks += LocatingReader.lineBreaks(buf, offset, len);
            }
            fields.add(new String(buf, offset, len));
        }

        @Override
        protected Parsed buildRecord() {
            return new Parsed(getStartingLineNumber(), fields.toArray(String[]::new), lineBreaks);
        }
    }
}
