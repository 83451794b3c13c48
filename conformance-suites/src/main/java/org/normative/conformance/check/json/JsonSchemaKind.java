package org.normative.conformance.check.json;

import java.nio.file.Path;
import java.util.Map;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;

/**
 * {@code <check kind="json-schema" schema="resources/x.schema.json" draft="7" lines="true"/>}: validates a JSON or
 * YAML artifact, or JSON Lines one line at a time, against a JSON Schema (draft 4, 6 or 7, with everit).
 *
 * <ul>
 *   <li>{@code schema}: the schema file in the package, JSON or YAML;</li>
 *   <li>{@code draft}: 4, 6 or 7; by default the draft its {@code $schema} names, else 7;</li>
 *   <li>{@code lines}: "true" for JSON Lines, "false" for one document; by default the artifact's media type
 *       decides.</li>
 * </ul>
 */
public final class JsonSchemaKind implements CheckKind {

    public static final String ID = "json-schema";

    private final Map<String, Path> mirrors;

    /** The kind as suites use it: {@code $ref}s reach only the suite package and the bundled meta-schema. */
    public JsonSchemaKind() {
        this(Map.of());
    }

    /**
     * A kind that also serves {@code $ref}s under these URI prefixes from local folders: the JSON Schema Test
     * Suite's remotes at {@code http://localhost:1234/}, or an offline copy of a schema host.
     */
    public JsonSchemaKind(Map<String, Path> mirrors) {
        this.mirrors = Map.copyOf(mirrors);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        String schema = declaration.require("schema");
        Integer draft = draft(declaration);
        Boolean lines = lines(declaration);
        return new JsonSchemaCheck(new SchemaCompiler(resources, mirrors).compile(schema, draft, declaration.testCase()), lines);
    }

    private static Integer draft(CheckDeclaration declaration) throws ConformanceException {
        String value = declaration.attribute("draft");
        if (value == null) {
            return null;
        }
        try {
            int draft = Integer.parseInt(value.strip());
            if (SchemaCompiler.DRAFTS.contains(draft)) {
                return draft;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ConformanceException("jsonSchema.draft", declaration.testCase(), value);
    }

    private static Boolean lines(CheckDeclaration declaration) throws ConformanceException {
        String value = declaration.attribute("lines");
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ConformanceException("jsonSchema.lines", declaration.testCase(), value);
        };
    }
}
