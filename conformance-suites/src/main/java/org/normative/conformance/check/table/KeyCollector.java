package org.normative.conformance.check.table;

import java.util.List;

/** Reads the referenced columns of a table into a key index, for a foreign key that refers to it. */
final class KeyCollector implements RowSink {

    private final List<String> columns;
    private final KeyIndex index;
    private int[] positions;
    private String missingColumn;

    /** @param withoutHeader where the columns are when the table has no header row; null when it has one */
    KeyCollector(List<String> columns, KeyIndex index, int[] withoutHeader) {
        this.columns = columns;
        this.index = index;
        this.positions = withoutHeader;
    }

    @Override
    public void header(String[] names, long line) {
        positions = new int[columns.size()];
        List<String> header = List.of(names);
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = header.indexOf(columns.get(i));
            if (positions[i] < 0 && missingColumn == null) {
                missingColumn = columns.get(i);
            }
        }
    }

    @Override
    public void row(TableRow row) {
        if (missingColumn != null) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (int position : positions) {
            if (position >= row.values().length) {
                return; // a short row holds no key; its own check reports it
            }
            key.append(key.isEmpty() ? "" : String.valueOf(ForeignKey.SEPARATOR)).append(row.values()[position]);
        }
        index.addIfAbsent(key.toString(), row.number());
    }

    @Override
    public void problem(TextProblem problem, Long row) {
        // the referenced table's own check reports its faults
    }

    /** The first referenced column the table's header does not have, or null. */
    String missingColumn() {
        return missingColumn;
    }
}
