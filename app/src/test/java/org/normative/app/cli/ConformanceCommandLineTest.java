package org.normative.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
        assertThat(demo.out()).contains("Installed 4 conformance suite(s) and 6 demo submission(s)");
        assertThat(submission("gamma-licensing")).exists();

        Result list = normative("suite", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode suites = new ObjectMapper().readTree(list.out());
        assertThat(suites).hasSize(4);
        assertThat(suites.findValuesAsText("id")).containsExactly("dg-0102-api", "dg-0202-licence", "dg-0301-catalogue",
                "dg-0401-docs");
        assertThat(suites.get(1).path("standard").path("code").asText()).isEqualTo("DG/T 0202");
        assertThat(suites.get(1).path("standard").path("edition").asText()).isEqualTo("2026");
    }

    @Test
    void everyBundledSuitePassesItsOwnExamples() throws Exception {
        for (String suite : new String[] {"dg-0102-api", "dg:dg-0202-licence:1.0.0", "dg-0301-catalogue", "dg-0401-docs"}) {
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
        JsonNode problems = result(notConformant("beta-open-data"), "/conf/dg-0102/errors/problem-json");
        assertThat(problems.path("verdict").asText()).isEqualTo("FAIL");
        JsonNode finding = problems.path("findings").get(0);
        assertThat(finding.path("ruleId").asText()).isNotBlank();
        assertThat(finding.path("location").path("artifact").asText()).startsWith("error-");
        assertThat(finding.path("location").has("pointer")).isTrue();
        assertThat(finding.path("location").path("line").asInt()).isPositive();
    }

    @Test
    void aRunWritesCiReportsAndAStoredRunRendersAgainInAnotherFormat() throws Exception {
        Path junit = temp.resolve("beta.junit.xml");
        Path sarif = temp.resolve("beta.sarif");
        Path pdf = temp.resolve("beta.pdf");
        Path xlsx = temp.resolve("beta.xlsx");
        Result run = normative("run", "--submission", submission("beta-open-data").toString(), "--junit", junit.toString(),
                "--sarif", sarif.toString(), "--pdf", pdf.toString(), "--xlsx", xlsx.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.FAILED);
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuites").contains("<failure");
        assertThat(json(sarif).path("version").asText()).isEqualTo("2.1.0");
        assertThat(json(sarif).path("runs").get(0).path("results").size()).isPositive();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Certifiable: no");
        }
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isPositive();
        }

        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\(run ([0-9a-f-]{36})").matcher(run.out());
        assertThat(id.find()).as(run.out()).isTrue();
        Path again = temp.resolve("again.json");
        Result render = normative("--lang", "zh-CN", "report", "render", id.group(1), "--format", "json", "--out", again.toString());
        assertThat(render.exitCode()).as(render.err()).isZero();
        assertThat(json(again).path("reportId").asText()).isEqualTo(id.group(1));
        assertThat(json(again).path("verdict").asText()).isEqualTo("NOT_CONFORMANT");
        assertThat(json(again).path("language").asText()).isEqualTo("zh-CN");

        Result missing = normative("report", "render", "no-such-run", "--format", "json", "--out", again.toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(missing.err()).contains("There is no run \"no-such-run\"");
    }

    @Test
    void anIssuedReportVerifiesAndAChangedOneIsCaught() throws Exception {
        Path keystore = keystore("EC", "CN=Test Evaluator, O=Lab, C=CN");
        Path password = temp.resolve("password.txt");
        Files.writeString(password, "test-secret\n");
        Path report = temp.resolve("acme.json");
        assertThat(normative("run", "--submission", submission("acme-licensing").toString(), "--json", report.toString())
                .exitCode()).isZero();

        Result issued = normative("report", "issue", report.toString(), "--keystore", keystore.toString(),
                "--password-file", password.toString());
        assertThat(issued.exitCode()).as(issued.out() + issued.err()).isZero();
        assertThat(issued.out()).contains("entry 1 of the ledger").contains("CN=Test Evaluator");

        Result verified = normative("report", "verify", report.toString());
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("every check holds").doesNotContain("FAIL");

        Files.writeString(report, Files.readString(report).replace("\"Acme Licensing\"", "\"Acme Licensinh\""));
        Result tampered = normative("report", "verify", report.toString());
        assertThat(tampered.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(tampered.out()).contains("FAIL signature").contains("FAIL ledger").contains("NOT verified");
    }

    @Test
    void theFailingApiDescriptionHasOpenApiRuleFindingsWithPointerAndLine() throws Exception {
        Path report = temp.resolve("beta-api.json");
        Result run = normative("run", "--submission", submission("beta-open-data").toString(), "--json", report.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.FAILED);
        Map<String, JsonNode> results = new HashMap<>();
        json(report).path("results").forEach(result -> results.put(result.path("testCase").asText(), result));
        JsonNode paging = results.get("/conf/dg-0102/core/paging");
        assertThat(paging.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(paging.path("findings").findValuesAsText("ruleId")).contains("dg-0102-paging", "dg-0102-limit");
        JsonNode limit = null;
        for (JsonNode finding : paging.path("findings")) {
            if (finding.path("ruleId").asText().equals("dg-0102-limit")) {
                limit = finding;
            }
        }
        assertThat(limit.path("message").asText()).contains("\"limit\"");
        assertThat(limit.path("location").path("artifact").asText()).isEqualTo("openapi.json");
        assertThat(limit.path("location").path("pointer").asText()).isEqualTo("/paths/~1records/get");
        assertThat(limit.path("location").path("line").asInt()).isEqualTo(7);
        JsonNode problems = results.get("/conf/dg-0102/errors/problem-media-type");
        assertThat(problems.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(problems.path("findings").get(0).path("location").path("pointer").asText())
                .isEqualTo("/paths/~1records/get/responses/404/content/application~1problem+json");
    }

    @Test
    void theGoodApiDescriptionPassesEveryRule() throws Exception {
        Path report = temp.resolve("acme-api.json");
        Result run = normative("run", "--submission", submission("acme-open-data").toString(), "--json", report.toString());

        assertThat(run.out()).doesNotContain("NOT_CONFORMANT");
        for (JsonNode result : json(report).path("results")) {
            assertThat(result.path("verdict").asText()).as(result.path("testCase").asText()).isIn("PASS", "INCONCLUSIVE");
        }
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
    void twoRunsOfASuiteAreComparedTestCaseByTestCase() throws Exception {
        String broken = runId(normative("run", "--submission", submission("gamma-licensing").toString(), "--class", "core"));
        String good = runId(normative("run", "--submission", submission("acme-licensing").toString()));

        Result diff = normative("run", "diff", broken, good);
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
        assertThat(diff.out()).contains("Before: ERROR. After: CONFORMANT.").contains("Fixed (3):")
                .contains("ERROR          -> PASS           /conf/dg-0202/core/schema");
        Result backwards = normative("run", "diff", good, broken, "--json");
        assertThat(backwards.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(new ObjectMapper().readTree(backwards.out()).path("newlyFailing")).hasSize(3);
    }

    @Test
    void theEvaluatorJudgesTheManualCaseCertifiesAndIssuesTheReport() throws Exception {
        Result run = normative("run", "--suite", "dg-0202-licence", "--artifact",
                submission("acme-licensing").getParent().toString());
        assertThat(run.out()).contains("Verdict: INCOMPLETE");
        String id = runId(run);
        Path evidence = temp.resolve("sm2-check.txt");
        Files.writeString(evidence, "Both signatures verify with the Hangzhou AMR certificate.");

        Result early = normative("run", "certify", id, "--evaluator", "Li Wei", "--statement", "Conformant.");
        assertThat(early.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(early.err()).contains("cannot be certified: its verdict is INCOMPLETE");

        Result judged = normative("run", "judge", id, "/conf/dg-0202/signed/verification", "--verdict", "PASS",
                "--note", "Verified with GmSSL 3.1.", "--evaluator", "Li Wei", "--attach", evidence.toString());
        assertThat(judged.exitCode()).as(judged.out() + judged.err()).isZero();
        assertThat(judged.out()).contains("The run is now CONFORMANT");
        assertThat(normative("run", "certify", id, "--evaluator", "Li Wei", "--statement", "Conforms to DG/T 0202-2026.")
                .exitCode()).isZero();

        Path report = temp.resolve("certified.json");
        assertThat(normative("report", "render", id, "--format", "json", "--out", report.toString()).exitCode()).isZero();
        JsonNode json = json(report);
        assertThat(json.path("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(json.path("certification").path("statement").asText()).isEqualTo("Conforms to DG/T 0202-2026.");
        assertThat(json.path("assessments").get(0).path("attachment").path("sha256").asText()).hasSize(64);

        Path keystore = keystore("RSA", "CN=Li Wei, O=Lab, C=CN");
        Path password = temp.resolve("password.txt");
        Files.writeString(password, "test-secret");
        assertThat(normative("report", "issue", report.toString(), "--keystore", keystore.toString(), "--password-file",
                password.toString()).exitCode()).isZero();
        Result verified = normative("report", "verify", report.toString());
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("The verdict CONFORMANT is the run's.");

        Path pdf = temp.resolve("certified.pdf");
        assertThat(normative("report", "render", id, "--format", "pdf", "--out", pdf.toString()).exitCode()).isZero();
        assertThat(normative("report", "issue", pdf.toString(), "--keystore", keystore.toString(), "--password-file",
                password.toString()).exitCode()).isZero();
        Result pdfVerified = normative("report", "verify", pdf.toString());
        assertThat(pdfVerified.exitCode()).as(pdfVerified.out()).isZero();
        assertThat(pdfVerified.out()).contains("Signed by CN=Li Wei").contains("Entry 2 of the ledger");
    }

    @Test
    void judgementsFilledInOfflineInTheWorkbookAreRecorded() throws Exception {
        String id = runId(normative("run", "--suite", "dg-0202-licence", "--artifact",
                submission("acme-licensing").getParent().toString()));
        Path workbook = temp.resolve("acme.xlsx");
        assertThat(normative("report", "render", id, "--format", "xlsx", "--out", workbook.toString()).exitCode()).isZero();
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            var row = xlsx.getSheet("Manual judgements").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("/conf/dg-0202/signed/verification");
            row.getCell(2, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("PASS");
            row.getCell(3, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("Verified offline.");
            row.getCell(4, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("Wang Fang");
            row.getCell(5, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("2026-11-20");
            try (var out = Files.newOutputStream(workbook)) {
                xlsx.write(out);
            }
        }

        Result imported = normative("run", "import-judgements", id, workbook.toString(), "--evaluator", "Li Wei");
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("Recorded 1 judgement(s) from acme.xlsx. The run is now CONFORMANT.");
    }

    private Path keystore(String algorithm, String name) throws Exception {
        return org.normative.app.TestKeystores.evaluator(temp, algorithm, name);
    }

    private static String runId(Result run) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\(run ([0-9a-f-]{36})").matcher(run.out());
        assertThat(id.find()).as(run.out() + run.err()).isTrue();
        return id.group(1);
    }

    @Test
    void theSecurityDocumentsAreCheckedAsPdfAndDocxWithPagesAndSectionsNamed() throws Exception {
        JsonNode json = notConformant("epsilon-security-docs");
        assertThat(json.path("suite").path("id").asText()).isEqualTo("dg:dg-0401-docs:1.0.0");
        assertThat(json.path("artifacts").findValuesAsText("mediaType"))
                .containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf");
        JsonNode sections = result(json, "/conf/dg-0401/documented/sections");
        assertThat(sections.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(sections.path("checks").findValuesAsText("verdict")).containsExactly("PASS", "FAIL", "PASS");
        JsonNode missing = sections.path("findings").get(0);
        assertThat(missing.path("location").path("artifact").asText()).isEqualTo("operations-manual.docx");
        assertThat(missing.path("message").asText()).contains("日志保留 Log retention");
        JsonNode scan = result(json, "/conf/dg-0401/archivable/archive").path("findings");
        assertThat(scan.findValuesAsText("ruleId")).containsOnly("text");
        assertThat(scan.get(0).path("location").path("artifact").asText()).isEqualTo("assessment-report-scan.pdf");
        assertThat(scan.get(0).path("location").path("page").asInt()).isEqualTo(2);
        assertThat(result(json, "/conf/dg-0401/documented/retention-period").path("verdict").asText()).isEqualTo("INCONCLUSIVE");
        JsonNode kept = result(json, "/conf/dg-0401/documented/logs-kept");
        assertThat(kept.path("verdict").asText()).isEqualTo("NOT_TESTED");
        assertThat(kept.path("mandatory").asBoolean()).isFalse();
        assertThat(kept.path("checks").findValuesAsText("kind")).containsExactly("not-testable");
        assertThat(kept.path("message").asText()).startsWith("Not tested: marked not testable in the suite: Whether logs");
    }

    /** Runs a demo submission that fails; returns its JSON report. */
    private JsonNode notConformant(String submission) throws Exception {
        Path report = temp.resolve(submission + ".json");
        Result run = normative("run", "--submission", submission(submission).toString(), "--json", report.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("Verdict: NOT_CONFORMANT");
        return json(report);
    }

    private static JsonNode result(JsonNode report, String testCase) {
        for (JsonNode result : report.path("results")) {
            if (result.path("testCase").asText().equals(testCase)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + testCase);
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
