package org.normative.conformance.check.table;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.json.HardenedJsonReader;

/**
 * Reads a Frictionless Table Schema (JSON or YAML) from a suite package with the hardened reader, and compiles it.
 * What the check would not understand is refused when the suite loads, never ignored: an unknown type, format or
 * constraint, a key naming a field the schema does not have.
 */
final class TableSchemaReader {

    /** Most codes one code list may hold. */
    static final int MAX_CODES = 1_000_000;

    private static final Set<String> CONSTRAINTS = Set.of("required", "unique", "pattern", "enum", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "checksum");
    private static final List<String> DEFAULT_TRUE = List.of("true", "True", "TRUE", "1");
    private static final List<String> DEFAULT_FALSE = List.of("false", "False", "FALSE", "0");
    private static final Map<Character, String> STRPTIME = Map.ofEntries(Map.entry('Y', "uuuu"), Map.entry('y', "uu"),
            Map.entry('m', "MM"), Map.entry('d', "dd"), Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"),
            Map.entry('S', "ss"), Map.entry('f', "SSSSSS"), Map.entry('p', "a"), Map.entry('b', "MMM"), Map.entry('B', "MMMM"),
            Map.entry('j', "DDD"), Map.entry('z', "xx"));

    private final SuiteResources resources;
    private final String testCase;
    private String schemaPath;

    TableSchemaReader(SuiteResources resources, String testCase) {
        this.resources = resources;
        this.testCase = testCase;
    }

    TableSchema read(String relativePath) throws ConformanceException {
        schemaPath = relativePath;
        JsonNode root = new HardenedJsonReader(Limits.DEFAULT).read(resources.resolve(relativePath), relativePath).root();
        if (!root.isObject() || !root.path("fields").isArray() || root.path("fields").isEmpty()) {
            throw refuse("table.schema.noFields");
        }
        Set<String> missingValues = root.has("missingValues") ? texts(root.get("missingValues"), "missingValues") : Set.of("");
        List<TableField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode field : root.get("fields")) {
            TableField compiled = field(field, fields.size() + 1, missingValues);
            if (!names.add(compiled.name())) {
                throw refuse("table.schema.duplicateField", compiled.name());
            }
            fields.add(compiled);
        }
        List<String> primaryKey = root.has("primaryKey") ? names(root.get("primaryKey"), "primaryKey") : List.of();
        requireFields(primaryKey, names, "primaryKey");
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonNode key : root.path("foreignKeys")) {
            foreignKeys.add(foreignKey(key, names));
        }
        String fieldsMatch = root.path("fieldsMatch").asText("equal");
        if (!TableSchema.FIELDS_MATCH.contains(fieldsMatch)) {
            throw refuse("table.schema.badFieldsMatch", fieldsMatch);
        }
        return new TableSchema(fields, primaryKey, foreignKeys, fieldsMatch);
    }

    private TableField field(JsonNode node, int number, Set<String> schemaMissing) throws ConformanceException {
        String name = node.path("name").asText("");
        if (!node.path("name").isTextual() || name.isEmpty()) {
            throw refuse("table.schema.fieldName", number);
        }
        String typeName = node.path("type").asText("string");
        FieldType type = FieldType.of(typeName);
        if (type == null) {
            throw refuse("table.schema.unknownType", name, typeName, supportedTypes());
        }
        String format = node.path("format").asText("default");
        List<DateTimeFormatter> dateFormats = dateFormats(type, format, name);
        if (type == FieldType.STRING && !Set.of("default", "email", "uri", "uuid", "binary").contains(format)
                || Set.of(FieldType.INTEGER, FieldType.NUMBER, FieldType.BOOLEAN, FieldType.YEAR).contains(type) && !"default".equals(format)) {
            throw refuse("table.schema.unknownFormat", name, format, typeName);
        }
        Set<String> missing = node.has("missingValues") ? texts(node.get("missingValues"), "missingValues") : schemaMissing;
        TableField draft = new TableField(name, type, format, null, missing,
                node.has("trueValues") ? texts(node.get("trueValues"), "trueValues") : Set.copyOf(DEFAULT_TRUE),
                node.has("falseValues") ? texts(node.get("falseValues"), "falseValues") : Set.copyOf(DEFAULT_FALSE),
                node.path("decimalChar").asText("."), node.has("groupChar") ? node.get("groupChar").asText() : null,
                node.path("bareNumber").asBoolean(true), dateFormats);
        TableField.Constraints constraints = constraints(node.path("constraints"), draft);
        return new TableField(name, type, format, constraints, missing, draft.trueValues(), draft.falseValues(), draft.decimalChar(),
                draft.groupChar(), draft.bareNumber(), dateFormats);
    }

    private TableField.Constraints constraints(JsonNode node, TableField field) throws ConformanceException {
        if (node.isMissingNode()) {
            return new TableField.Constraints(false, false, null, null, null, null, null, null, null, null, null);
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String constraint = names.next();
            if (!CONSTRAINTS.contains(constraint)) {
                throw refuse("table.schema.unknownConstraint", field.name(), constraint, String.join(", ", new java.util.TreeSet<>(CONSTRAINTS)));
            }
        }
        Pattern pattern = null;
        if (node.has("pattern")) {
            try {
                pattern = Pattern.compile(node.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                throw refuse("table.schema.badConstraint", field.name(), "pattern", e.getDescription());
            }
        }
        Set<Object> enumValues = null;
        if (node.has("enum")) {
            enumValues = new HashSet<>();
            for (JsonNode value : node.get("enum")) {
                enumValues.add(FieldType.canonical(value(value, field, "enum")));
            }
        }
        CheckedIdentifier checksum = null;
        if (node.has("checksum")) {
            checksum = CheckedIdentifier.of(node.get("checksum").asText());
            if (checksum == null) {
                throw refuse("table.schema.badConstraint", field.name(), "checksum",
                        "\"" + node.get("checksum").asText() + "\" is none of " + CheckedIdentifier.ids());
            }
        }
        return new TableField.Constraints(node.path("required").asBoolean(false), node.path("unique").asBoolean(false), pattern,
                enumValues, bound(node, "minimum", field), bound(node, "maximum", field), bound(node, "exclusiveMinimum", field),
                bound(node, "exclusiveMaximum", field), length(node, "minLength", field), length(node, "maxLength", field), checksum);
    }

    private Object bound(JsonNode constraints, String name, TableField field) throws ConformanceException {
        return constraints.has(name) ? value(constraints.get(name), field, name) : null;
    }

    private Integer length(JsonNode constraints, String name, TableField field) throws ConformanceException {
        if (!constraints.has(name)) {
            return null;
        }
        if (!constraints.get(name).canConvertToInt() || constraints.get(name).asInt() < 0) {
            throw refuse("table.schema.badConstraint", field.name(), name, constraints.get(name).toString());
        }
        return constraints.get(name).asInt();
    }

    /** A value the schema gives (a bound, an enumeration member) in the field's type. */
    private Object value(JsonNode node, TableField field, String constraint) throws ConformanceException {
        String text = node.isTextual() ? node.textValue() : node.asText();
        Object value = field.type().parse(text, field, node.isNumber() || node.isBoolean());
        if (value == null) {
            throw refuse("table.schema.badConstraint", field.name(), constraint, "\"" + text + "\" is not a " + field.type().schemaName());
        }
        return value;
    }

    /** The formats tried for a date, datetime or time field: ISO 8601 by default, a strptime pattern, or "any". */
    private List<DateTimeFormatter> dateFormats(FieldType type, String format, String field) throws ConformanceException {
        if (type != FieldType.DATE && type != FieldType.DATETIME && type != FieldType.TIME) {
            return List.of();
        }
        if ("default".equals(format)) {
            return List.of(switch (type) {
                case DATE -> DateTimeFormatter.ISO_LOCAL_DATE;
                case TIME -> DateTimeFormatter.ISO_LOCAL_TIME;
                default -> new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart()
                        .appendOffsetId().optionalEnd().toFormatter();
            });
        }
        if ("any".equals(format)) {
            return switch (type) {
                case DATE -> List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuuMMdd"),
                        strict("uuuu'年'M'月'd'日'"));
                case TIME -> List.of(DateTimeFormatter.ISO_LOCAL_TIME, strict("H:mm"));
                default -> List.of(new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart()
                        .appendOffsetId().optionalEnd().toFormatter(), strict("uuuu-MM-dd HH:mm[:ss]"), strict("uuuu/M/d H:mm[:ss]"));
            };
        }
        if (!format.contains("%")) {
            throw refuse("table.schema.unknownFormat", field, format, type.schemaName());
        }
        try {
            return List.of(strict(strptime(format)));
        } catch (IllegalArgumentException e) {
            throw refuse("table.schema.unknownFormat", field, format, type.schemaName());
        }
    }

    /** A Python strptime pattern ("%d/%m/%Y", as Table Schema writes them) as a java.time pattern. */
    private static String strptime(String format) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length() && format.charAt(i + 1) != '%') {
                String directive = STRPTIME.get(format.charAt(++i));
                if (directive == null) {
                    throw new IllegalArgumentException("%" + format.charAt(i));
                }
                flushLiteral(pattern, literal);
                pattern.append(directive);
            } else {
                literal.append(c);
                i += c == '%' ? 1 : 0;
            }
        }
        flushLiteral(pattern, literal);
        return pattern.toString();
    }

    private static void flushLiteral(StringBuilder pattern, StringBuilder literal) {
        if (!literal.isEmpty()) {
            pattern.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter()
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private ForeignKey foreignKey(JsonNode node, Set<String> names) throws ConformanceException {
        List<String> fields = names(node.path("fields"), "foreignKeys");
        requireFields(fields, names, "foreignKeys");
        JsonNode reference = node.path("reference");
        if (!reference.path("resource").isTextual()) {
            throw refuse("table.schema.badForeignKey", String.join(", ", fields), "reference.resource");
        }
        String resource = reference.get("resource").textValue();
        List<String> referenceFields = names(reference.path("fields"), "foreignKeys");
        if (referenceFields.size() != fields.size()) {
            throw refuse("table.schema.badForeignKey", String.join(", ", fields), "reference.fields");
        }
        int prefixLength = node.path("prefixLength").asInt(0);
        if (prefixLength < 0 || prefixLength > 0 && fields.size() != 1) {
            throw refuse("table.schema.badForeignKey", String.join(", ", fields), "prefixLength");
        }
        if (resource.isEmpty()) {
            requireFields(referenceFields, names, "foreignKeys");
        }
        boolean codeList = resource.contains("/") || resource.endsWith(".csv");
        return new ForeignKey(fields, resource, referenceFields, prefixLength, codeList ? codes(resource, referenceFields) : null);
    }

    /** A code list of the package: a UTF-8 CSV with a header, read into a set of its key values. */
    private Set<String> codes(String relativePath, List<String> columns) throws ConformanceException {
        Path file = resources.resolve(relativePath);
        Set<String> codes = new HashSet<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                StringBuilder key = new StringBuilder();
                for (String column : columns) {
                    if (!record.getHeader().contains(column)) {
                        throw refuse("table.codeList.noColumn", relativePath, column, String.join(", ", record.getHeader()));
                    }
                    key.append(key.isEmpty() ? "" : String.valueOf(ForeignKey.SEPARATOR)).append(record.getField(column));
                }
                codes.add(key.toString());
                if (codes.size() > MAX_CODES) {
                    throw refuse("table.codeList.tooLarge", relativePath, MAX_CODES);
                }
            }
        } catch (IOException | UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new ConformanceException(e, "artifact.unreadable", relativePath, e.getMessage());
        }
        return codes;
    }

    private void requireFields(List<String> keyFields, Set<String> names, String where) throws ConformanceException {
        for (String field : keyFields) {
            if (!names.contains(field)) {
                throw refuse("table.schema.unknownKeyField", where, field);
            }
        }
    }

    /** A field name or a list of them, as primaryKey and foreignKeys write them. */
    private List<String> names(JsonNode node, String where) throws ConformanceException {
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw refuse("table.schema.badList", where);
        }
        return List.copyOf(texts(node, where));
    }

    private Set<String> texts(JsonNode node, String where) throws ConformanceException {
        if (!node.isArray()) {
            throw refuse("table.schema.badList", where);
        }
        Set<String> texts = new LinkedHashSet<>();
        for (JsonNode value : node) {
            if (!value.isValueNode()) {
                throw refuse("table.schema.badList", where);
            }
            texts.add(value.asText());
        }
        return texts;
    }

    private static String supportedTypes() {
        StringBuilder types = new StringBuilder();
        for (FieldType type : FieldType.values()) {
            types.append(types.isEmpty() ? "" : ", ").append(type.schemaName());
        }
        return types.toString();
    }

    private ConformanceException refuse(String key, Object... details) {
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = testCase;
        arguments[1] = schemaPath;
        System.arraycopy(details, 0, arguments, 2, details.length);
        return new ConformanceException(key, arguments);
    }
}
