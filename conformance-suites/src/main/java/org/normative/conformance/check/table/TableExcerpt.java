package org.normative.conformance.check.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;

/**
 * The rows of a CSV, TSV or XLSX table around one data row, read with the same readers as the table check (so row
 * numbers match its findings) and only as far as the last row wanted: a table of any size opens at once.
 */
public final class TableExcerpt {

    /** One data row: its number (from 1, the header not counted) and its values. */
    public record Row(long number, List<String> values) {
    }

    /** The header (empty when the table has none) and the rows read. */
    public record Excerpt(List<String> header, List<Row> rows) {
    }

    /** Thrown by the sink once it has the rows it wants, to end the read early. */
    private static final class Enough extends IOException {
        Enough() {
            super(null, null);
        }
    }

    private TableExcerpt() {
    }

    /** Rows {@code row - context} to {@code row + context} of the artifact's first sheet, with its header. */
    public static Excerpt around(Artifact artifact, long row, int context) throws ArtifactException, IOException {
        long first = Math.max(1, row - context);
        long last = row + context;
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        RowSink sink = new RowSink() {
            @Override
            public void header(String[] names, long line) {
                header.addAll(Arrays.asList(names));
            }

            @Override
            public void row(TableRow tableRow) throws IOException {
                if (tableRow.number() > last) {
                    throw new Enough();
                }
                if (tableRow.number() >= first) {
                    rows.add(new Row(tableRow.number(), List.of(tableRow.values())));
                }
            }

            @Override
            public void problem(TextProblem problem, Long at) {
                // the check reports these; the excerpt only shows the rows
            }
        };
        Dialect dialect = new Dialect(null, '"', true, StandardCharsets.UTF_8, null);
        RecordingCheckContext reading = RecordingCheckContext.standalone();
        try (InputStream in = reading.open(artifact)) {
            if (MediaTypes.XLSX.equals(artifact.mediaType())) {
                new XlsxTableReader().read(in, artifact.name(), dialect, sink, reading);
            } else {
                new CsvTableReader().read(in, artifact.name(), dialect.delimiterFor(artifact.mediaType()), dialect, sink,
                        reading);
            }
        } catch (Enough enough) {
            // the rows wanted are in
        }
        return new Excerpt(List.copyOf(header), List.copyOf(rows));
    }
}
