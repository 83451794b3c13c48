package org.normative.conformance.check.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;
import org.normative.standards.LocalizedText;

/**
 * A compiled table schema, checking CSV, TSV and XLSX artifacts as streams. Foreign keys to another table (or to
 * this one) first read the referenced keys into a bounded index; the table is then read once. What could not be
 * checked in full (a referenced role with no artifact, a key index past its bound) makes the verdict
 * {@code NOT_TESTED} with the reason, unless a finding failed it anyway. Thread-safe: all state is per run.
 */
final class TableCheck implements PreparedCheck {

    /** The first bytes of an OLE2 compound file: what an encrypted XLSX (or an old .xls) is. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final TableSchema schema;
    private final Dialect dialect;

    TableCheck(TableSchema schema, Dialect dialect) {
        this.schema = schema;
        this.dialect = dialect;
    }

    @Override
    public void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        refuseWhatIsNoTable(artifact, context);
        KeyIndex.Budget budget = new KeyIndex.Budget(KeyIndex.DEFAULT_BUDGET);
        Map<ForeignKey, KeyIndex> referenced = new HashMap<>();
        List<LocalizedText> untested = new ArrayList<>();
        for (ForeignKey key : schema.foreignKeys()) {
            if (!key.toCodeList()) {
                referencedKeys(key, artifact, context, budget, untested).ifPresent(index -> referenced.put(key, index));
            }
        }
        TableValidation validation = new TableValidation(schema, artifact.name(), context, budget, referenced, untested);
        read(artifact, dialect, validation, context);
        List<LocalizedText> reasons = validation.untested();
        if (!reasons.isEmpty()) {
            context.conclude(Verdict.NOT_TESTED, LocalizedText.of(
                    String.join(" ", reasons.stream().map(LocalizedText::en).toList()),
                    String.join("", reasons.stream().map(LocalizedText::zh).toList())));
        }
    }

    /** The keys of the table a foreign key refers to, or empty (with the reason added) when they cannot all be had. */
    private java.util.Optional<KeyIndex> referencedKeys(ForeignKey key, Artifact artifact, CheckContext context, KeyIndex.Budget budget,
                                                        List<LocalizedText> untested) throws IOException {
        List<Artifact> tables = key.toSameTable() ? List.of(artifact) : context.artifacts(key.resource());
        if (tables.isEmpty()) {
            untested.add(text("table.untested.foreignKeyRole", key.describe(), key.resource()));
            return java.util.Optional.empty();
        }
        KeyIndex index = new KeyIndex(budget);
        for (Artifact table : tables) {
            int[] withoutHeader = key.toSameTable() && !dialect.header()
                    ? key.referenceFields().stream().mapToInt(schema::indexOf).toArray() : null;
            KeyCollector collector = new KeyCollector(key.referenceFields(), index, withoutHeader);
            try {
                refuseWhatIsNoTable(table, context);
                read(table, key.toSameTable() ? dialect : new Dialect(dialect.delimiter(), dialect.quote(), true, dialect.encoding(), null),
                        collector, context);
            } catch (ArtifactException e) {
                untested.add(text("table.untested.foreignKeyUnreadable", key.describe(), table.name(), e.text()));
                return java.util.Optional.empty();
            }
            if (collector.missingColumn() != null) {
                untested.add(text("table.untested.foreignKeyColumn", key.describe(), table.name(), collector.missingColumn()));
                return java.util.Optional.empty();
            }
        }
        if (!index.complete()) {
            untested.add(text("table.untested.foreignKeyIncomplete", key.describe(), KeyIndex.DEFAULT_BUDGET));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(index);
    }

    private static void read(Artifact artifact, Dialect dialect, RowSink sink, CheckContext context) throws ArtifactException, IOException {
        try (InputStream in = context.open(artifact)) {
            if (MediaTypes.XLSX.equals(artifact.mediaType())) {
                ReadAhead.read(rows -> new XlsxTableReader().read(in, artifact.name(), dialect, rows, context), sink);
            } else {
                char delimiter = dialect.delimiterFor(artifact.mediaType());
                ReadAhead.read(rows -> new CsvTableReader().read(in, artifact.name(), delimiter, dialect, rows, context), sink);
            }
        }
    }

    /** Refuses, before reading, what the content shows is no table: a PDF, a zip, JSON, binary, an encrypted workbook. */
    private static void refuseWhatIsNoTable(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        switch (artifact.mediaType()) {
            case MediaTypes.XLSX, MediaTypes.CSV, MediaTypes.TSV, MediaTypes.TEXT, MediaTypes.YAML -> {
                // a workbook, or text the parser judges row by row
            }
            case MediaTypes.EMPTY -> throw new ArtifactException("table.noHeader", artifact.name());
            case MediaTypes.BINARY -> {
                byte[] head;
                try (InputStream in = context.open(artifact)) {
                    head = in.readNBytes(OLE2.length);
                }
                throw new ArtifactException(Arrays.equals(head, OLE2) ? "table.xlsx.encrypted" : "table.notTable", artifact.name(),
                        MediaTypes.shortName(artifact.mediaType()));
            }
            default -> throw new ArtifactException("table.notTable", artifact.name(), MediaTypes.shortName(artifact.mediaType()));
        }
    }

    private static LocalizedText text(String key, Object... arguments) {
        return ConformanceException.MESSAGES.text(key, arguments);
    }
}
