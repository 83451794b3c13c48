package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/**
 * Runs the JSON Schema Test Suite (draft 7) through the {@code json-schema} kind exactly as a suite would: each
 * group's schema becomes a schema file of a package, prepared once by {@link JsonSchemaKind}; each test's data
 * becomes an artifact taken in by {@link ArtifactIntake} and checked. The only difference from a real suite is
 * the mirror that serves the test suite's {@code remotes/} folder for {@code http://localhost:1234/}.
 *
 * <p>A test agrees when a valid instance passes and an invalid one fails; anything else (including ERROR) is a
 * disagreement. Run it from {@code JsonSchemaTestSuiteAgreementTest}, or alone with {@link #main}.
 */
final class JsonSchemaTestSuiteRun {

    /** One test of the suite and what the kind said. */
    record Result(String file, String group, String test, boolean valid, Verdict verdict, String detail) {

        boolean agrees() {
            return verdict == (valid ? Verdict.PASS : Verdict.FAIL);
        }

        /** "file | group | test | VERDICT": how the list of explained disagreements names one. */
        String disagreement() {
            return file + " | " + group + " | " + test + " | " + verdict;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final Path suite;
    private final Path work;
    private final JsonSchemaKind kind;

    /** @param suite the test suite's folder (holding {@code tests/} and {@code remotes/}); @param work an empty folder */
    JsonSchemaTestSuiteRun(Path suite, Path work) {
        this.suite = suite;
        this.work = work;
        this.kind = new JsonSchemaKind(Map.of("http://localhost:1234/", suite.resolve("remotes")));
    }

    static Path corpus() {
        return Path.of(System.getProperty("user.dir")).resolve("../../shared/corpus/json-schema-test-suite").normalize();
    }

    List<Result> run() throws IOException, ConformanceException {
        Path tests = suite.resolve("tests/draft7");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tests)) {
            files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        List<Result> results = new ArrayList<>();
        int groupNumber = 0;
        for (Path file : files) {
            String name = tests.relativize(file).toString().replace('\\', '/');
            for (JsonNode group : JSON.readTree(file.toFile())) {
                Path folder = Files.createDirectories(work.resolve("group-" + ++groupNumber));
                results.addAll(runGroup(name, group, folder));
            }
        }
        return results;
    }

    private List<Result> runGroup(String file, JsonNode group, Path folder) throws IOException, ConformanceException {
        String description = group.get("description").asText();
        Path packageRoot = Files.createDirectories(folder.resolve("package"));
        Files.write(packageRoot.resolve("schema.json"), JSON.writeValueAsBytes(group.get("schema")));
        PreparedCheck check = null;
        String refused = null;
        try {
            check = kind.prepare(new CheckDeclaration("json-schema", description, Map.of("schema", "schema.json"), null),
                    new PackageResources(packageRoot));
        } catch (ConformanceException e) {
            refused = "schema refused: " + e.getMessage();
        }
        List<Result> results = new ArrayList<>();
        int testNumber = 0;
        for (JsonNode test : group.get("tests")) {
            String testDescription = test.get("description").asText();
            boolean valid = test.get("valid").asBoolean();
            if (check == null) {
                results.add(new Result(file, description, testDescription, valid, Verdict.ERROR, refused));
                continue;
            }
            Path data = folder.resolve("data-" + ++testNumber + ".json");
            Files.write(data, JSON.writeValueAsBytes(test.get("data")));
            Artifact artifact = new ArtifactIntake().inPlace("instance", data);
            RecordingCheckContext context = RecordingCheckContext.standalone();
            Verdict verdict;
            String detail;
            try {
                check.check(artifact, context);
                verdict = context.outcome().verdict();
                detail = context.outcome().findings().isEmpty() ? "" : context.outcome().findings().get(0).message();
            } catch (ConformanceException e) {
                verdict = Verdict.ERROR;
                detail = e.getMessage();
            }
            results.add(new Result(file, description, testDescription, valid, verdict, detail));
        }
        return results;
    }

    /** Prints every disagreement and the pass rate per file. */
    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("json-schema-test-suite");
        long start = System.nanoTime();
        List<Result> results = new JsonSchemaTestSuiteRun(corpus(), work).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        results.stream().filter(result -> !result.agrees())
                .forEach(result -> System.out.println("DISAGREE " + result.disagreement() + " || "
                        + result.detail().replace('\n', ' ')));
        System.out.println(AgreementTable.of(results).markdown());
        System.out.println(results.size() + " tests in " + millis + " ms");
    }
}
