package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.input.json.DuplicateKey;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonDocument;
import org.normative.conformance.input.json.SourcePosition;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;

/**
 * A compiled schema, validating artifacts: all violations are reported, each with the keyword that failed, the
 * JSON pointer of the value and its line and column. Thread-safe: everit's schemas are immutable and each run
 * builds its own validator and reader.
 */
final class JsonSchemaCheck implements PreparedCheck {

    /** Longest offending value copied into a finding. */
    private static final int MAX_ACTUAL = 200;

    private final Schema schema;
    private final Boolean lines;

    /** @param lines true for JSON Lines, false for one document, null to follow the artifact's media type */
    JsonSchemaCheck(Schema schema, Boolean lines) {
        this.schema = schema;
        this.lines = lines;
    }

    @FunctionalInterface
    private interface Locator {
        Map<String, SourcePosition> locate(List<String> pointers) throws ArtifactException, IOException;
    }

    @Override
    public void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        HardenedJsonReader reader = new HardenedJsonReader(context.limits());
        boolean asLines = lines != null ? lines : MediaTypes.JSON_LINES.equals(artifact.mediaType());
        if (asLines) {
            reader.readLines(artifact, context, line -> {
                validate(artifact.name(), line.document(), pointers -> reader.locate(line, artifact.name(), pointers), context);
                context.checkpoint();
            });
        } else {
            JsonDocument document = reader.read(artifact, context);
            validate(artifact.name(), document, pointers -> reader.locate(artifact, context, pointers), context);
        }
    }

    private void validate(String name, JsonDocument document, Locator locator, CheckContext context)
            throws ArtifactException, IOException {
        for (DuplicateKey duplicate : document.duplicateKeys()) {
            context.report(Finding.of("duplicate-key", Severity.ERROR,
                    ConformanceException.MESSAGES.format(Locale.ENGLISH, "jsonSchema.duplicateKey", duplicate.name()),
                    location(name, duplicate.pointer(), duplicate.position())));
        }
        List<SchemaViolation> violations = SchemaValidation.violations(schema, name, document.root(), document.depth(), context);
        context.checkpoint();
        if (violations.isEmpty()) {
            return;
        }
        List<String> pointers = new ArrayList<>();
        violations.forEach(violation -> pointers.add(violation.pointer()));
        Map<String, SourcePosition> positions = locator.locate(pointers);
        for (SchemaViolation violation : violations) {
            Finding finding = Finding.of(violation.keyword(), Severity.ERROR, violation.message(),
                    location(name, violation.pointer(), positions.get(violation.pointer())));
            context.report(finding.withActual(actual(document.root(), violation.pointer())));
        }
    }

    private static Location location(String name, String pointer, SourcePosition position) {
        Location location = Location.of(name).pointer(pointer);
        return position == null ? location : location.at(position.line(), position.column());
    }

    /** The offending value when it is a short scalar: what a vendor looks for first. */
    private static String actual(JsonNode root, String pointer) {
        JsonNode value = root.at(pointer);
        if (value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.isTextual() ? value.textValue() : value.toString();
        return text.length() > MAX_ACTUAL ? text.substring(0, MAX_ACTUAL) + "…" : text;
    }
}
