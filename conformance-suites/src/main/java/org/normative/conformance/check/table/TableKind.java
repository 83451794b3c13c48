package org.normative.conformance.check.table;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;

/**
 * {@code <check kind="table" schema="resources/catalogue.schema.json"/>}: checks CSV, TSV and XLSX data sets against
 * a Frictionless Table Schema (docs/suite-authoring.md, "The table kind"), streamed row by row.
 *
 * <ul>
 *   <li>{@code schema}: the Table Schema in the package, JSON or YAML;</li>
 *   <li>{@code delimiter}: one character, or "tab"; by default tab for TSV and comma otherwise;</li>
 *   <li>{@code quote}: one character, by default {@code "};</li>
 *   <li>{@code header}: "true" (the default) when the first row names the columns, "false" otherwise;</li>
 *   <li>{@code encoding}: of CSV and TSV files, by default UTF-8;</li>
 *   <li>{@code sheet}: the XLSX sheet by name; by default the first.</li>
 * </ul>
 */
public final class TableKind implements CheckKind {

    public static final String ID = "table";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        TableSchema schema = new TableSchemaReader(resources, declaration.testCase()).read(declaration.require("schema"));
        Dialect dialect = new Dialect(character(declaration, "delimiter"), quote(declaration), header(declaration),
                encoding(declaration), declaration.attribute("sheet"));
        return new TableCheck(schema, dialect);
    }

    private static Character character(CheckDeclaration declaration, String attribute) throws ConformanceException {
        String value = declaration.attribute(attribute);
        if (value == null) {
            return null;
        }
        if ("tab".equals(value) || "\\t".equals(value)) {
            return '\t';
        }
        if (value.length() != 1 || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            throw new ConformanceException("table.attribute", declaration.testCase(), attribute, value);
        }
        return value.charAt(0);
    }

    private static char quote(CheckDeclaration declaration) throws ConformanceException {
        Character quote = character(declaration, "quote");
        return quote == null ? '"' : quote;
    }

    private static boolean header(CheckDeclaration declaration) throws ConformanceException {
        String value = declaration.attribute("header", "true").strip();
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConformanceException("table.attribute", declaration.testCase(), "header", value);
        };
    }

    private static Charset encoding(CheckDeclaration declaration) throws ConformanceException {
        String value = declaration.attribute("encoding");
        if (value == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(value.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ConformanceException("table.attribute", declaration.testCase(), "encoding", value);
        }
    }
}
