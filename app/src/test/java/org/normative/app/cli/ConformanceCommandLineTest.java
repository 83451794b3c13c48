package org.normative.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.cli.CommandLineProcess.Result;

/**
 * End-to-end: suites and runs through the {@code normative} command, each a process of its own, on a workspace
 * filled once by {@code normative demo} (the demo library, the bundled suites, the demo submissions) and copied
 * for each test.
 */
class ConformanceCommandLineTest {

    private static Path template;
    private static Result demo;

    @TempDir
    Path temp;

    private Path workspace;

    @BeforeAll
    static void installTheDemo(@TempDir Path shared) throws Exception {
        template = shared.resolve("demo");
        demo = CommandLineProcess.run(shared.resolve("data-home"), "--workspace", template.toString(), "demo");
    }

    @BeforeEach
    void copyTheDemo() throws Exception {
        workspace = temp.resolve("workspace");
        try (var files = Files.walk(template)) {
            for (Path source : files.toList()) {
                Path copy = workspace.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else if (!source.getFileName().toString().equals("workspace.lock")) {
                    Files.copy(source, copy);
                }
            }
        }
    }

    private Result normative(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLineProcess.run(temp.resolve("data-home"), all);
    }

    private Path submission(String name) {
        return workspace.resolve("demo-artifacts").resolve(name).resolve("submission.json");
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void theDemoInstallsTheBundledSuitesAndWritesTheSubmissionsAsFiles() throws Exception {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Installed 3 conformance suite(s) and 5 demo submission(s)");
        assertThat(submission("gamma-licensing")).exists();

        Result list = normative("suite", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode suites = new ObjectMapper().readTree(list.out());
        assertThat(suites).hasSize(3);
        assertThat(suites.findValuesAsText("id")).containsExactly("dg-0102-api", "dg-0202-licence", "dg-0301-catalogue");
        assertThat(suites.get(1).path("standard").path("code").asText()).isEqualTo("DG/T 0202");
        assertThat(suites.get(1).path("standard").path("edition").asText()).isEqualTo("2026");
    }

    @Test
    void everyBundledSuitePassesItsOwnExamples() throws Exception {
        for (String suite : new String[] {"dg-0102-api", "dg:dg-0202-licence:1.0.0", "dg-0301-catalogue"}) {
            Result test = normative("suite", "test", suite);
            assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
            assertThat(test.out()).contains("0 against expectation").doesNotContain("FAIL ");
        }
    }

    @Test
    void theConformantSubmissionIsConformantAndItsReportNamesWhatWasTested() throws Exception {
        Path report = temp.resolve("acme.json");
        Result run = normative("run", "--submission", submission("acme-licensing").toString(), "--json", report.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Verdict: CONFORMANT");
        JsonNode json = json(report);
        assertThat(json.path("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(json.path("suite").path("id").asText()).isEqualTo("dg:dg-0202-licence:1.0.0");
        assertThat(json.path("suite").path("sha256").asText()).hasSize(64);
        assertThat(json.path("subject").path("system").asText()).isEqualTo("Acme Licensing");
        assertThat(json.path("artifacts")).hasSize(2);
        assertThat(json.path("artifacts").get(0).path("mediaType").asText()).isEqualTo("application/xml");
        assertThat(json.path("classes").findValuesAsText("id")).containsExactly("core");
    }

    @Test
    void theFailingSubmissionIsNotConformantWithLocatedFindings() throws Exception {
        Path report = temp.resolve("beta.json");
        Result run = normative("run", "--submission", submission("beta-open-data").toString(), "--json", report.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("Verdict: NOT_CONFORMANT");
        JsonNode results = json(report).path("results");
        JsonNode problems = null;
        for (JsonNode result : results) {
            if (result.path("testCase").asText().equals("/conf/dg-0102/errors/problem-json")) {
                problems = result;
            }
        }
        assertThat(problems).isNotNull();
        assertThat(problems.path("verdict").asText()).isEqualTo("FAIL");
        JsonNode finding = problems.path("findings").get(0);
        assertThat(finding.path("ruleId").asText()).isNotBlank();
        assertThat(finding.path("location").path("artifact").asText()).startsWith("error-");
        assertThat(finding.path("location").has("pointer")).isTrue();
        assertThat(finding.path("location").path("line").asInt()).isPositive();
    }

    @Test
    void theFaultyCatalogueIsNotConformantWithFindingsOnRowAndField() throws Exception {
        Path report = temp.resolve("delta.json");
        Result run = normative("run", "--submission", submission("delta-catalogue").toString(), "--json", report.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("Verdict: NOT_CONFORMANT");
        JsonNode findings = json(report).path("results").findValues("findings").stream()
                .flatMap(list -> java.util.stream.StreamSupport.stream(list.spliterator(), false)).toList().stream()
                .filter(finding -> finding.path("ruleId").asText().equals("uscc-checksum")).findFirst().orElseThrow();
        assertThat(findings.path("location").path("artifact").asText()).isEqualTo("service-items.csv");
        assertThat(findings.path("location").path("row").asLong()).isEqualTo(7);
        assertThat(findings.path("location").path("field").asText()).isEqualTo("body_uscc");
    }

    @Test
    void brokenAndHostileFilesAreErrorsWithPlainMessagesAndTheGoodFileIsStillChecked() throws Exception {
        Path report = temp.resolve("gamma.json");
        Result run = normative("run", "--submission", submission("gamma-licensing").toString(), "--json", report.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.ERROR);
        assertThat(run.out()).contains("Verdict: ERROR")
                .contains("licence-truncated.xml is not well-formed XML at line")
                .contains("licence-scan.xml is PDF, but the role \"licence\" takes XML.")
                .contains("licence-xxe.xml: the document declares a DTD (DOCTYPE)")
                .contains("licence-empty.xml is empty.")
                .doesNotContain("root:x:0").doesNotContain("Exception");
        assertThat(run.err()).isEmpty();
        JsonNode schema = json(report).path("results").get(0);
        assertThat(schema.path("checks").findValuesAsText("verdict")).containsExactly("PASS", "ERROR", "ERROR", "ERROR", "ERROR");
    }

    @Test
    void aFolderOfArtifactsWithoutRolesWorksWhenTheSuiteHasOneRole() throws Exception {
        Result run = normative("run", "--suite", "dg-0202-licence", "--artifact",
                submission("acme-licensing").getParent().toString(), "--lang", "zh-CN");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2 个制品").contains("INCOMPLETE").contains("等待评估人员判定");
    }

    @Test
    void usageErrorsAndUnknownSuitesAreToldApart() throws Exception {
        Result noSuite = normative("run", "--artifact", "x.xml");
        assertThat(noSuite.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(noSuite.err()).contains("--suite");

        Result unknown = normative("run", "--suite", "no-such-suite", "--artifact", "x.xml");
        assertThat(unknown.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(unknown.err()).contains("There is no suite \"no-such-suite\"");
    }

    @Test
    void aSuiteCitingAnUnknownRequirementIsRefusedOnImport() throws Exception {
        Path suite = temp.resolve("suite");
        Files.createDirectories(suite);
        Files.writeString(suite.resolve("suite.xml"), """
                <suite xmlns="urn:normative:suite:1" group="t" id="t" version="1.0.0">
                  <title xml:lang="en">T</title>
                  <standard code="DG/T 0102" edition="2026"/>
                  <artifact role="api" media-types="application/json"/>
                  <class id="core"/>
                  <test-case id="/t/a" class="core" requirements="/req/dg-0102/telepathy">
                    <title xml:lang="en">a</title>
                    <procedure xml:lang="en">Look.</procedure>
                  </test-case>
                </suite>
                """);
        Result imported = normative("suite", "import", suite.toString());

        assertThat(imported.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(imported.err()).contains("/req/dg-0102/telepathy").contains("DG/T 0102@2026");
        assertThat(normative("suite", "list").out()).doesNotContain("t:t");
    }
}
