package org.normative.conformance.check.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/** A suite package in a temporary folder holding one table schema (and code lists), and tables to check with it. */
final class TableFixtures {

    private final Path folder;
    private final Path suite;

    TableFixtures(Path folder) throws IOException {
        this.folder = folder;
        this.suite = Files.createDirectories(folder.resolve("suite"));
    }

    /** Writes a file into the suite package, e.g. a code list. */
    TableFixtures resource(String path, String content) throws IOException {
        Path file = suite.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    PreparedCheck prepare(String schema, Map<String, String> attributes) throws IOException, ConformanceException {
        resource("resources/schema.json", schema);
        java.util.Map<String, String> all = new java.util.HashMap<>(attributes);
        all.put("schema", "resources/schema.json");
        return new TableKind().prepare(new CheckDeclaration("table", "/conf/test/table", all, null), new PackageResources(suite));
    }

    PreparedCheck prepare(String schema) throws IOException, ConformanceException {
        return prepare(schema, Map.of());
    }

    Artifact artifact(String role, String name, byte[] content) throws IOException, ConformanceException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return new ArtifactIntake().inPlace(role, file);
    }

    Artifact artifact(String name, String content) throws IOException, ConformanceException {
        return artifact("table", name, content.getBytes(StandardCharsets.UTF_8));
    }

    CheckOutcome run(PreparedCheck check, Artifact artifact) throws Exception {
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(artifact, context);
        return context.outcome();
    }

    CheckOutcome run(PreparedCheck check, String name, String content) throws Exception {
        return run(check, artifact(name, content));
    }
}
