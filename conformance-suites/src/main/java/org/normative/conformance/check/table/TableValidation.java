package org.normative.conformance.check.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;
import org.normative.standards.LocalizedText;

/**
 * Checks one table against its schema as its rows stream past: the header against the fields, each row's width,
 * each value against its field's type and constraints, and the keys. Memory: the schema, one row, and the key
 * indexes ({@link KeyIndex}, bounded). One per check run.
 */
final class TableValidation implements RowSink {

    /** Longest value copied into a finding. */
    private static final int MAX_ACTUAL = 200;

    private final TableSchema schema;
    private final String artifact;
    private final CheckContext context;
    private final Map<ForeignKey, KeyIndex> referenced;
    private final List<TableField> fields;
    private final int[] positions;
    private final KeyIndex[] uniques;
    /** One matcher per patterned field, reset for each value: a new matcher per cell was a tenth of the check. */
    private final Matcher[] patterns;
    /** The field's one missing-value text when it has only one (usually ""): compared, not hashed, per cell. */
    private final String[] soleMissing;
    private final KeyIndex primary;
    private final int[] primaryFields;
    private final List<LocalizedText> untested = new ArrayList<>();
    private String[] header;
    private int width;

    /**
     * @param referenced for foreign keys to another table or this one, the keys read from it beforehand; a key
     *        missing from the map is not checked (the reason is already among {@link #untested})
     */
    TableValidation(TableSchema schema, String artifact, CheckContext context, KeyIndex.Budget budget,
                    Map<ForeignKey, KeyIndex> referenced, List<LocalizedText> untested) {
        this.schema = schema;
        this.artifact = artifact;
        this.context = context;
        this.referenced = referenced;
        this.untested.addAll(untested);
        this.fields = schema.fields();
        this.positions = new int[fields.size()];
        this.uniques = new KeyIndex[fields.size()];
        this.patterns = new Matcher[fields.size()];
        this.soleMissing = new String[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            positions[i] = i;
            uniques[i] = fields.get(i).constraints().unique() ? new KeyIndex(budget) : null;
            Pattern pattern = fields.get(i).constraints().pattern();
            patterns[i] = pattern == null ? null : pattern.matcher("");
            Set<String> missing = fields.get(i).missingValues();
            soleMissing[i] = missing.size() == 1 ? missing.iterator().next() : null;
        }
        this.width = fields.size();
        this.primaryFields = schema.primaryKey().stream().mapToInt(schema::indexOf).toArray();
        this.primary = primaryFields.length == 0 ? null : new KeyIndex(budget);
    }

    /** Matches header names to fields by name; reports missing, extra, renamed and repeated columns. */
    @Override
    public void header(String[] names, long line) {
        header = names;
        width = names.length;
        Map<String, Integer> columns = new HashMap<>();
        for (int column = 0; column < names.length; column++) {
            Integer first = columns.putIfAbsent(names[column], column);
            if (first != null) {
                report("header", Severity.ERROR, headerPlace(line, column + 1, names[column]), names[column],
                        "table.header.duplicate", names[column], first + 1, column + 1);
            }
        }
        boolean[] matched = new boolean[names.length];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Integer column = columns.get(fields.get(i).name());
            positions[i] = column == null ? -1 : column;
            if (column == null) {
                missing.add(i);
            } else {
                matched[column] = true;
            }
        }
        if (missing.size() == fields.size() && schema.columnsMayBeMissing()) {
            report("header", Severity.ERROR, headerPlace(line, 0, null), null, "table.header.noneMatch");
        }
        boolean pairUp = !schema.columnsMayBeMissing() && !schema.columnsMayBeExtra();
        for (int i : missing) {
            String name = fields.get(i).name();
            if (pairUp && i < names.length && !matched[i] && schema.indexOf(names[i]) < 0) {
                matched[i] = true;
                report("header", Severity.ERROR, headerPlace(line, i + 1, name), names[i],
                        "table.header.renamed", names[i], i + 1, name);
            } else if (!schema.columnsMayBeMissing()) {
                report("header", Severity.ERROR, headerPlace(line, 0, name), null,
                        "table.header.missing", name);
            }
        }
        for (int column = 0; column < names.length && !schema.columnsMayBeExtra(); column++) {
            if (!matched[column] && columns.get(names[column]) == column) {
                report("header", Severity.ERROR, headerPlace(line, column + 1, names[column]), names[column],
                        "table.header.extra", names[column], column + 1);
            }
        }
    }

    @Override
    public void row(TableRow row) {
        String[] values = row.values();
        if (values.length != width) {
            report("ragged", Severity.ERROR, place(row, Math.min(values.length, width) + 1, null), null,
                    "table.ragged", values.length, width);
        }
        Object[] parsed = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            int column = positions[i];
            if (column >= 0 && column < values.length) {
                parsed[i] = value(row, i, column, values[column]);
            }
        }
        if (primary != null) {
            primaryKey(row, values, parsed);
        }
        for (ForeignKey key : schema.foreignKeys()) {
            foreignKey(row, values, key);
        }
    }

    @Override
    public void problem(TextProblem problem, Long row) {
        Location location = new Location(artifact, lineOf(problem.line()), problem.column() > 0 ? problem.column() : null, null,
                null, row, fieldAt(problem.column() - 1), null);
        report(problem.ruleId(), problem.severity(), location, problem.actual(), problem.messageKey(), problem.arguments());
    }

    /** Why some constraint could not be checked in full, for a NOT_TESTED conclusion; empty when all were. */
    List<LocalizedText> untested() {
        List<LocalizedText> reasons = new ArrayList<>(untested);
        for (int i = 0; i < fields.size(); i++) {
            if (uniques[i] != null && !uniques[i].complete()) {
                reasons.add(ConformanceException.MESSAGES.text("table.untested.unique", fields.get(i).name(), KeyIndex.DEFAULT_BUDGET));
            }
        }
        if (primary != null && !primary.complete()) {
            reasons.add(ConformanceException.MESSAGES.text("table.untested.unique", String.join(", ", schema.primaryKey()),
                    KeyIndex.DEFAULT_BUDGET));
        }
        return reasons;
    }

    /** Checks one value; returns its typed value, or null when it is missing or not of its type. */
    private Object value(TableRow row, int index, int column, String text) {
        TableField field = fields.get(index);
        TableField.Constraints constraints = field.constraints();
        if (isMissing(index, text)) {
            if (constraints.required()) {
                finding(row, column, field, "required", null, field.name());
            }
            return null;
        }
        Object value = field.type().parse(text, field, row.typed(column));
        if (value == null) {
            String format = "default".equals(field.format()) ? "" : " (" + field.format() + ")";
            finding(row, column, field, "type", text, field.name(), field.type().schemaName() + format);
            return null;
        }
        if (patterns[index] != null && !patterns[index].reset(text).matches()) {
            finding(row, column, field, "pattern", text, field.name(), constraints.pattern().pattern());
        }
        if (constraints.enumValues() != null && !constraints.enumValues().contains(FieldType.canonical(value))) {
            finding(row, column, field, "enum", text, field.name(), constraints.enumValues());
        }
        bounds(row, column, field, text, value);
        if (constraints.minLength() != null || constraints.maxLength() != null) {
            int length = text.codePointCount(0, text.length());
            if (constraints.minLength() != null && length < constraints.minLength()) {
                finding(row, column, field, "minLength", text, field.name(), length, constraints.minLength());
            }
            if (constraints.maxLength() != null && length > constraints.maxLength()) {
                finding(row, column, field, "maxLength", text, field.name(), length, constraints.maxLength());
            }
        }
        if (constraints.checksum() != null) {
            String violation = constraints.checksum().violation(text);
            if (violation != null) {
                finding(row, column, field, violation, text, field.name());
            }
        }
        if (uniques[index] != null) {
            long first = uniques[index].addIfAbsent(String.valueOf(FieldType.canonical(value)), row.number());
            if (first > 0) {
                finding(row, column, field, "unique", text, field.name(), first);
            }
        }
        return value;
    }

    private boolean isMissing(int index, String text) {
        String sole = soleMissing[index];
        return sole != null ? sole.equals(text) : fields.get(index).missingValues().contains(text);
    }

    private void bounds(TableRow row, int column, TableField field, String text, Object value) {
        TableField.Constraints c = field.constraints();
        if (c.minimum() != null && FieldType.compare(value, c.minimum()) < 0) {
            finding(row, column, field, "minimum", text, field.name(), shown(c.minimum()));
        }
        if (c.maximum() != null && FieldType.compare(value, c.maximum()) > 0) {
            finding(row, column, field, "maximum", text, field.name(), shown(c.maximum()));
        }
        if (c.exclusiveMinimum() != null && FieldType.compare(value, c.exclusiveMinimum()) <= 0) {
            finding(row, column, field, "exclusiveMinimum", text, field.name(), shown(c.exclusiveMinimum()));
        }
        if (c.exclusiveMaximum() != null && FieldType.compare(value, c.exclusiveMaximum()) >= 0) {
            finding(row, column, field, "exclusiveMaximum", text, field.name(), shown(c.exclusiveMaximum()));
        }
    }

    private void primaryKey(TableRow row, String[] values, Object[] parsed) {
        StringBuilder key = new StringBuilder();
        for (int index : primaryFields) {
            int column = positions[index];
            if (column < 0 || column >= values.length || isMissing(index, values[column])) {
                report("primary-key", Severity.ERROR, place(row, 0, null), null, "table.finding.primaryKeyMissing",
                        String.join(", ", schema.primaryKey()));
                return;
            }
            Object value = parsed[index] != null ? FieldType.canonical(parsed[index]) : values[column];
            key.append(key.isEmpty() ? "" : String.valueOf(ForeignKey.SEPARATOR)).append(value);
        }
        long first = primary.addIfAbsent(key.toString(), row.number());
        if (first > 0) {
            report("primary-key", Severity.ERROR, place(row, positions[primaryFields[0]] + 1, fields.get(primaryFields[0]).name()),
                    key.toString().replace(ForeignKey.SEPARATOR, ','), "table.finding.primaryKey", String.join(", ", schema.primaryKey()), first);
        }
    }

    private void foreignKey(TableRow row, String[] values, ForeignKey key) {
        KeyIndex index = referenced.get(key);
        if (!key.toCodeList() && index == null) {
            return; // not checkable; the reason is among the untested
        }
        StringBuilder text = new StringBuilder();
        int firstColumn = -1;
        for (String name : key.fields()) {
            int field = schema.indexOf(name);
            int column = positions[field];
            if (column < 0 || column >= values.length || isMissing(field, values[column])) {
                return; // a key with a missing part refers to nothing, which Table Schema allows
            }
            firstColumn = firstColumn < 0 ? column : firstColumn;
            text.append(text.isEmpty() ? "" : String.valueOf(ForeignKey.SEPARATOR)).append(values[column]);
        }
        String value = text.toString();
        boolean prefixed = key.prefixLength() > 0;
        String looked = prefixed ? value.substring(0, Math.min(key.prefixLength(), value.length())) : value;
        boolean found = looked.length() >= key.prefixLength()
                && (key.toCodeList() ? key.codes().contains(looked) : index.contains(looked));
        if (!found) {
            String shown = value.replace(ForeignKey.SEPARATOR, ',');
            report("foreign-key", Severity.ERROR, place(row, firstColumn + 1, key.fields().get(0)), shown,
                    prefixed ? "table.finding.foreignKeyPrefix" : "table.finding.foreignKey",
                    key.describe(), shown, key.prefixLength());
        }
    }

    private void finding(TableRow row, int column, TableField field, String rule, String actual, Object... arguments) {
        report(rule, Severity.ERROR, place(row, column + 1, field.name()), actual, "table.finding." + rule, arguments);
    }

    private Location place(TableRow row, int column, String field) {
        String name = field != null ? field : fieldAt(column - 1);
        return new Location(artifact, lineOf(row.line()), column > 0 ? column : null, null, null, row.number(), name, null);
    }

    private Location headerPlace(long line, int column, String field) {
        return new Location(artifact, lineOf(line), column > 0 ? column : null, null, null, null, field, null);
    }

    private static Integer lineOf(long line) {
        return line > 0 ? (int) Math.min(line, Integer.MAX_VALUE) : null;
    }

    /** The name of the column at a 0-based position: the header's, or the schema's for a table without header. */
    private String fieldAt(int column) {
        if (column < 0) {
            return null;
        }
        if (header != null) {
            return column < header.length ? header[column] : null;
        }
        return column < fields.size() ? fields.get(column).name() : null;
    }

    private void report(String rule, Severity severity, Location location, String actual, String key, Object... arguments) {
        String message = ConformanceException.MESSAGES.format(Locale.ENGLISH, key, arguments);
        Finding finding = Finding.of(rule, severity, message, location);
        context.report(actual == null ? finding : finding.withActual(shorten(actual)));
    }

    private static String shorten(String text) {
        return text.length() > MAX_ACTUAL ? text.substring(0, MAX_ACTUAL) + "\u2026" : text;
    }

    private static String shown(Object bound) {
        return bound instanceof java.math.BigDecimal number ? number.toPlainString() : String.valueOf(bound);
    }
}
