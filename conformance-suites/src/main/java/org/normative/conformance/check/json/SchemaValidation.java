package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.CheckFailures;

/** One everit validation of a tree within the check's bounds: stack, time limit, validator failures. */
final class SchemaValidation {

    /** Nesting that validates on any thread's stack. */
    private static final int SHALLOW = 64;
    /** Stack for validating the deepest documents the reader lets through (1,000 levels needed about 5 MB). */
    private static final long DEEP_STACK_BYTES = 64L << 20;

    private SchemaValidation() {
    }

    /**
     * everit validates recursively, a few kilobytes of stack per level: a pool thread's stack ends a few hundred
     * levels down. Deeper documents, up to {@code Limits.maxNestingDepth}, get a thread of their own with room.
     *
     * @param depth how deep {@code root} nests, at most
     */
    static List<SchemaViolation> violations(Schema schema, String name, JsonNode root, int depth, CheckContext context)
            throws ArtifactException, IOException {
        if (depth <= SHALLOW) {
            return validate(schema, name, root, context);
        }
        FutureTask<List<SchemaViolation>> task = new FutureTask<>(() -> validate(schema, name, root, context));
        Thread deep = new Thread(null, task, "json-schema-deep", DEEP_STACK_BYTES);
        deep.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            deep.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("check stopped");
        } catch (ExecutionException e) {
            CheckFailures.rethrow(e.getCause());
            throw new IllegalStateException(e);
        }
    }

    private static List<SchemaViolation> validate(Schema schema, String name, JsonNode root, CheckContext context)
            throws ArtifactException, IOException {
        Object json = OrgJsonTree.of(root);
        try {
            return GuardedRegexpFactory.guardedBy(context, () -> {
                Validator.builder().build().performValidation(schema, json);
                return List.of();
            });
        } catch (ValidationException e) {
            return SchemaViolation.of(e);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the check was stopped while a pattern was matched
        } catch (StackOverflowError e) {
            // beyond what DEEP_STACK_BYTES holds; the stack unwinds cleanly to here
            throw new ArtifactException("jsonSchema.tooDeep", name);
        } catch (RuntimeException e) {
            // a validator bug that this document triggers (everit's uri-template format throws on "{}"): the
            // check could not decide, which is an ERROR, never a pass
            throw new ArtifactException(e, "jsonSchema.validatorFailed", name, String.valueOf(e.getCause() != null ? e.getCause() : e));
        }
    }
}
