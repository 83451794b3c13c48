package org.normative.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.AppVersion;
import org.normative.app.cli.CommandLineProcess.Result;
import org.normative.standards.workspace.Workspace;

/** End-to-end: the {@code normative} command run as its own process, with no display. */
class NormativeCommandLineTest {

    @TempDir
    Path temp;

    private Result normative(String... args) throws Exception {
        return CommandLineProcess.run(temp.resolve("data-home"), args);
    }

    private String workspace() {
        return temp.resolve("workspace").toString();
    }

    /** One demo workspace made once per class (the demo command itself is tested on its own), copied per test. */
    private static Path demoTemplate;

    @org.junit.jupiter.api.BeforeAll
    static void makeDemoTemplate(@TempDir Path shared) throws Exception {
        demoTemplate = shared.resolve("demo-template");
        try (Workspace template = Workspace.open(demoTemplate)) {
            new org.normative.standards.demo.DemoLibrary(new org.normative.standards.library.store.SqlLibrary(template)).install();
        }
    }

    private void demoWorkspace() throws Exception {
        Path target = temp.resolve("workspace");
        try (var files = Files.walk(demoTemplate)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(demoTemplate.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else if (!source.getFileName().toString().equals("workspace.lock")) {
                    Files.copy(source, copy);
                }
            }
        }
    }

    @Test
    void versionPrintsTheBuildVersion() throws Exception {
        Result result = normative("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("normative " + AppVersion.current()).contains("Java 17");
        assertThat(AppVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() throws Exception {
        Result result = normative("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--workspace", "--lang", "gui", "demo", "standard", "64");
    }

    @Test
    void demoThenStandardListPrintsTheDemoStandardsAsJson() throws Exception {
        Result demo = normative("--workspace", workspace(), "demo");
        Result list = normative("--workspace", workspace(), "standard", "list", "--json");

        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).contains("Installed the demo library (10 standards)");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode standards = new ObjectMapper().readTree(list.out());
        assertThat(standards.isArray()).isTrue();
        assertThat(standards.size()).isGreaterThanOrEqualTo(4);
        JsonNode first = standards.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("code", "title", "committee", "editions");
        JsonNode dataElements = find(standards, "DG/T 0101");
        assertThat(dataElements.get("committee").asText()).isEqualTo("TC-DATA");
        assertThat(dataElements.get("title").asText()).isEqualTo("Government data elements: Naming and identification rules");
        assertThat(dataElements.get("editions").findValuesAsText("label")).containsExactly("2023", "2026");
        assertThat(dataElements.get("editions").findValuesAsText("stage")).containsExactly("60.60", "40.20");
        assertThat(list.err()).isEmpty();
    }

    @Test
    void languageOptionGivesChineseTitles() throws Exception {
        demoWorkspace();

        Result json = normative("--workspace", workspace(), "--lang", "zh-CN", "standard", "list", "--json");
        Result text = normative("standard", "list", "--lang", "zh-CN", "--workspace", workspace());

        assertThat(find(new ObjectMapper().readTree(json.out()), "DG/T 0101").get("title").asText())
                .isEqualTo("政务数据元 命名与标识规则");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("DG/T 0201", "统一身份认证 技术要求", "2022 (95.99 已废止)", "2025 (60.60 已发布)");
    }

    @Test
    void demoLeavesAFilledWorkspaceAloneUnlessReset() throws Exception {
        normative("--workspace", workspace(), "demo");

        Result again = normative("--workspace", workspace(), "demo");
        Result reset = normative("--workspace", workspace(), "demo", "--reset");
        Result list = normative("--workspace", workspace(), "standard", "list", "--json");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already holds 10 standards", "nothing was changed");
        assertThat(reset.exitCode()).isZero();
        assertThat(reset.out()).contains("Installed the demo library");
        assertThat(new ObjectMapper().readTree(list.out()).size()).isEqualTo(10);
    }

    @Test
    void emptyWorkspaceSaysHowToFillIt() throws Exception {
        Result list = normative("--workspace", workspace(), "standard", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("holds no standards yet", "normative demo");
    }

    @Test
    void defaultWorkspaceIsInThePerUserDataFolder() throws Exception {
        Result demo = normative("demo");

        assertThat(demo.exitCode()).isZero();
        Path expected = temp.resolve("data-home").resolve("normative").resolve("workspace");
        assertThat(demo.out()).contains(expected.toString());
        assertThat(expected.resolve("db")).isDirectory();
    }

    @Test
    void usageErrorsExitWith64() throws Exception {
        Result unknownOption = normative("--no-such-option");
        Result unknownCommand = normative("frobnicate");
        Result missingSubcommand = normative("--workspace", workspace(), "standard");
        Result badLanguage = normative("--lang", "fr", "standard", "list");

        assertThat(List.of(unknownOption, unknownCommand, missingSubcommand, badLanguage))
                .extracting(Result::exitCode).containsOnly(64);
        assertThat(unknownOption.err()).contains("Unknown option: '--no-such-option'", "Usage:");
        assertThat(missingSubcommand.err()).contains("Missing command", "list");
        assertThat(badLanguage.err()).contains("not a supported language");
    }

    @Test
    void workspaceOpenInAnotherProcessGivesAClearMessageAndExit2() throws Exception {
        try (Workspace held = Workspace.open(temp.resolve("workspace"))) {
            Result list = normative("--workspace", workspace(), "standard", "list");

            assertThat(list.exitCode()).isEqualTo(2);
            assertThat(list.err()).contains("is already open in another Normative process", "process " + ProcessHandle.current().pid())
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void workspaceThatIsAFileIsAnError() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        Result list = normative("--workspace", file.toString(), "standard", "list");

        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("is not a folder");
    }

    @Test
    void desktopAppWithoutADisplayExplainsItselfInsteadOfCrashing() throws Exception {
        Result gui = normative("--workspace", workspace(), "gui");

        assertThat(gui.exitCode()).isEqualTo(2);
        assertThat(gui.err()).contains("needs a display").doesNotContain("\tat ");
    }

    @Test
    void searchFindsChineseAndEnglishText() throws Exception {
        demoWorkspace();

        Result chinese = normative("--workspace", workspace(), "search", "身份认证", "--json");
        Result english = normative("--workspace", workspace(), "search", "paging");

        assertThat(chinese.exitCode()).as(chinese.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(chinese.out());
        assertThat(hits.get(0).get("standard").asText()).isEqualTo("DG/T 0201");
        assertThat(hits.findValuesAsText("kind")).contains("standard", "clause");
        assertThat(english.out()).contains("DG/T 0102@2026", "Collections shall be paged");
    }

    @Test
    void forbiddenStageMoveIsRefusedWithTheAllowedMoves() throws Exception {
        demoWorkspace();

        Result forbidden = normative("--workspace", workspace(), "standard", "stage", "DG/T 0101@2023", "40.20");
        Result ballot = normative("--workspace", workspace(), "standard", "stage", "DG/T 0102@2026", "30.20");

        assertThat(forbidden.exitCode()).isEqualTo(2);
        assertThat(forbidden.err()).contains("cannot move to 40.20", "Allowed moves from 60.60 Published: 90.20");
        assertThat(ballot.exitCode()).isZero();
        assertThat(ballot.out()).contains("now at 30.20", "Baseline frozen for the ballot: ");
    }

    @Test
    void auditVerifyFindsARowChangedBehindTheToolsBack() throws Exception {
        demoWorkspace();
        normative("--workspace", workspace(), "standard", "new-edition", "DG/T 0401@2024", "2027");
        normative("--workspace", workspace(), "standard", "stage", "DG/T 0102@2026", "30.20");
        Result intact = normative("--workspace", workspace(), "audit", "verify");
        try (Workspace open = Workspace.open(temp.resolve("workspace"))) {
            open.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"));
        }

        Result tampered = normative("--workspace", workspace(), "audit", "verify", "--json");

        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).containsPattern("intact: \\d+ entries checked");
        assertThat(tampered.exitCode()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(tampered.out());
        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenEntry").asLong()).isEqualTo(2);
    }

    @Test
    void diffBetweenTwoDemoEditionsReportsTheChanges() throws Exception {
        demoWorkspace();

        Result json = normative("--workspace", workspace(), "standard", "diff", "DG/T 0102@2023", "DG/T 0102@2026", "--json");
        Result text = normative("--workspace", workspace(), "standard", "diff", "DG/T 0102@2023", "DG/T 0102@2026");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode changes = new ObjectMapper().readTree(json.out()).get("changes");
        assertThat(changes.isArray()).isTrue();
        JsonNode paging = null;
        for (JsonNode change : changes) {
            if ("/req/dg-0102/paging".equals(change.get("key").asText())) {
                paging = change;
            }
        }
        assertThat(paging).isNotNull();
        assertThat(paging.get("significant").asBoolean()).isTrue();
        assertThat(paging.get("details").toString()).contains("obligation SHOULD -> SHALL");
        assertThat(text.out()).contains("[-should-]{+shall+}", "significant");
    }

    @Test
    void everyDemoStandardSurvivesExportImportExportUnchanged() throws Exception {
        demoWorkspace();
        String empty = temp.resolve("empty").toString();
        for (String code : List.of("DG/T 0001", "DG/T 0101", "DG/T 0102", "DG/T 0201", "DG/T 0202", "DG/T 0301", "DG/T 0401")) {
            Path first = temp.resolve(code.replace('/', '-').replace(' ', '-') + ".xml");
            Path second = temp.resolve(code.replace('/', '-').replace(' ', '-') + "-again.xml");

            Result export = normative("--workspace", workspace(), "standard", "export", code, "--format", "xml", "--out", first.toString());
            Result imported = normative("--workspace", empty, "standard", "import", first.toString());
            normative("--workspace", empty, "standard", "export", code, "--format", "xml", "--out", second.toString());

            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(Files.readString(second)).as(code).isEqualTo(Files.readString(first));
        }
        assertThat(Files.readString(temp.resolve("DG-T-0101.xml"))).contains("政务数据元 命名与标识规则", "/req/dg-0101/versioning");
    }

    @Test
    void anEditionExportsAsPdfAndDocxAndTheDocxImportsAsTheNextDraft() throws Exception {
        demoWorkspace();
        Path pdf = temp.resolve("dg-0101.pdf");
        Path docx = temp.resolve("dg-0102.docx");

        Result pdfExport = normative("--workspace", workspace(), "standard", "export", "DG/T 0101@2026", "--format", "pdf",
                "--out", pdf.toString());
        Result docxExport = normative("--workspace", workspace(), "standard", "export", "DG/T 0102@2026", "--format", "docx",
                "--lang", "zh-CN", "--out", docx.toString());
        Result imported = normative("--workspace", workspace(), "standard", "import", docx.toString(), "--as", "DG/T 0102@2027");
        Result list = normative("--workspace", workspace(), "standard", "list", "--json");

        assertThat(pdfExport.exitCode()).as(pdfExport.err()).isZero();
        assertThat(pdfExport.out()).contains("Wrote DG/T 0101@2026 as pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(docxExport.exitCode()).as(docxExport.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("DG/T 0102@2027", "20.00", "6 requirement(s)");
        assertThat(list.out()).contains("\"2027\"");
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefusedWithAMessageAndChangesNothing() throws Exception {
        demoWorkspace();
        Path fake = Files.write(temp.resolve("minutes.docx"), "%PDF-1.7 not a word document".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Result before = normative("--workspace", workspace(), "standard", "list", "--json");

        Result imported = normative("--workspace", workspace(), "standard", "import", fake.toString());
        Result after = normative("--workspace", workspace(), "standard", "list", "--json");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).startsWith("normative: minutes.docx is not a Word document (DOCX)")
                .doesNotContain("Exception", "\tat ");
        assertThat(after.out()).isEqualTo(before.out());
    }

    @Test
    void editorialCheckReportsTheProblemsOfADraftWithTheirLocations() throws Exception {
        demoWorkspace();

        Result draft = normative("--workspace", workspace(), "standard", "check", "DG/T 0102@2026", "--json");
        Result clean = normative("--workspace", workspace(), "standard", "check", "DG/T 0201@2025");

        assertThat(draft.exitCode()).as(draft.err()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(draft.out()).get("findings");
        assertThat(findings.findValuesAsText("rule")).contains("must-used", "requirement-no-verbal-form", "empty-clause");
        assertThat(findings.findValues("location").toString()).contains("rate-limits", "/req/dg-0102/error-code");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).contains("no errors");
    }

    @Test
    void linkCheckFindsThePlantedProblemsAndReviewClearsTheSuspectLink() throws Exception {
        demoWorkspace();

        Result check = normative("--workspace", workspace(), "links", "check", "--json");

        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        JsonNode problems = new ObjectMapper().readTree(check.out()).get("problems");
        assertThat(problems.findValuesAsText("kind")).contains("withdrawn-target", "suspect", "conflict-unresolved");
        long suspectId;
        try (Workspace open = Workspace.open(temp.resolve("workspace"))) {
            suspectId = open.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM link WHERE target_code = 'DG/T 0102' AND target_edition = '2026'").mapTo(Long.class).one());
        }
        Result review = normative("--workspace", workspace(), "links", "review", Long.toString(suspectId));
        assertThat(review.exitCode()).as(review.err()).isZero();
        Result after = normative("--workspace", workspace(), "links", "check", "--json");
        assertThat(new ObjectMapper().readTree(after.out()).get("problems").findValuesAsText("kind")).doesNotContain("suspect");
    }

    @Test
    void coordinationListShowsWhatACommitteeMustReview() throws Exception {
        demoWorkspace();

        Result services = normative("--workspace", workspace(), "links", "coordination", "TC-SERV", "--json");
        Result unknown = normative("--workspace", workspace(), "links", "coordination", "TC-NONE");

        assertThat(services.exitCode()).as(services.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(services.out());
        assertThat(list.get("toReview").findValuesAsText("otherCommittee")).containsExactly("TC-DATA");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no committee TC-NONE");
    }

    @Test
    void frameworkCoverageShowsGapsAndFollowsPlacement() throws Exception {
        demoWorkspace();

        Result added = normative("--workspace", workspace(), "framework", "add", "440", "--parent", "400", "--en", "Electronic seals", "--zh", "电子印章");
        Result placed = normative("--workspace", workspace(), "framework", "place", "DG/T 0202", "440");
        Result coverage = normative("--workspace", workspace(), "framework", "coverage", "--json");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(placed.exitCode()).as(placed.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(coverage.out()).get("rows");
        JsonNode seals = null;
        for (JsonNode row : rows) {
            if ("440".equals(row.get("code").asText())) {
                seals = row;
            }
        }
        assertThat(seals).isNotNull();
        assertThat(seals.get("drafts").asInt()).isEqualTo(1);
        assertThat(seals.get("gap").asBoolean()).isTrue();
    }

    @Test
    void linkImpactNamesWhatDependsOnAStandardWithThePaths() throws Exception {
        demoWorkspace();

        Result impact = normative("--workspace", workspace(), "links", "impact", "DG/T 0201@2025", "--withdraw", "--json");

        assertThat(impact.exitCode()).as(impact.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(impact.out());
        assertThat(report.get("affected").findValuesAsText("path")).contains("DG/T 0301 -> DG/T 0102 -> DG/T 0201");
        assertThat(report.get("committees").toString()).contains("TC-DATA", "TC-SEC", "TC-SERV");
    }

    @Test
    void hostileOrInvalidImportIsRefusedAndChangesNothing() throws Exception {
        demoWorkspace();
        Path xxe = Files.writeString(temp.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE standard [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<standard xmlns=\"urn:normative:standard:1\" code=\"X 1\">&x;</standard>");
        Path wrong = Files.writeString(temp.resolve("wrong.xml"), "<?xml version=\"1.0\"?><invoice xmlns=\"urn:other\"/>");
        Result before = normative("--workspace", workspace(), "standard", "list", "--json");

        Result attack = normative("--workspace", workspace(), "standard", "import", xxe.toString());
        Result notOurs = normative("--workspace", workspace(), "standard", "import", wrong.toString());
        Result after = normative("--workspace", workspace(), "standard", "list", "--json");

        assertThat(attack.exitCode()).isEqualTo(2);
        assertThat(attack.err()).contains("DOCTYPE").doesNotContain("root:", "\tat ");
        assertThat(notOurs.exitCode()).isEqualTo(2);
        assertThat(notOurs.err()).doesNotContain("\tat ");
        assertThat(after.out()).isEqualTo(before.out());
    }

    private static JsonNode find(JsonNode standards, String code) {
        for (JsonNode standard : standards) {
            if (code.equals(standard.get("code").asText())) {
                return standard;
            }
        }
        throw new AssertionError(code + " not listed");
    }
}
