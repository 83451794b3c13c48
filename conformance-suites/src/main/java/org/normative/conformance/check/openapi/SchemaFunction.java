package org.normative.conformance.check.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.json.EmbeddedSchema;
import org.normative.conformance.check.json.SchemaViolation;

/**
 * {@code schema}: the value, with its references resolved, must be valid against a JSON Schema (draft 4, 6 or 7,
 * validated by the same code as the {@code json-schema} check). Each violation is a problem of its own, at the
 * place below the target where it is.
 */
final class SchemaFunction implements RuleFunction {

    private final EmbeddedSchema schema;

    SchemaFunction(EmbeddedSchema schema) {
        this.schema = schema;
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) throws ArtifactException, IOException {
        DocumentNode node = target.node();
        if (node.value == null) {
            return Problem.of(RuleFunction.property(node) + "must exist");
        }
        ApiDocument.Copy copy = target.document().copy(node, target.maxDepth());
        List<Problem> problems = new ArrayList<>();
        for (SchemaViolation violation : schema.violations(target.artifact(), copy.value(), copy.depth(), context)) {
            List<String> path = segments(violation.pointer());
            String property = path.isEmpty() ? RuleFunction.property(node) : "\"" + path.get(path.size() - 1) + "\" property ";
            problems.add(new Problem(property + violation.message(), path));
        }
        return problems;
    }

    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        for (JsonPointer p = JsonPointer.compile(pointer); !p.matches(); p = p.tail()) {
            segments.add(p.getMatchingProperty());
        }
        return segments;
    }
}
