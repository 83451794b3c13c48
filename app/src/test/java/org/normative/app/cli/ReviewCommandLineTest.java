package org.normative.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.cli.CommandLineProcess.Result;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/**
 * End-to-end: a secretary runs a ballot's review from the command line, each command its own process, on one demo
 * workspace (each test works on its own edition).
 */
class ReviewCommandLineTest {

    private static final String ENQUIRY = "DG/T 0101@2026";
    private static final String FINAL = "DG/T 0301@2025";

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    @BeforeAll
    static void demoWorkspace() throws Exception {
        try (Workspace workspace = Workspace.open(shared.resolve("workspace"))) {
            new DemoLibrary(new SqlLibrary(workspace)).install();
        }
    }

    private Result normative(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = shared.resolve("workspace").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLineProcess.run(temp.resolve("data-home"), all);
    }

    private JsonNode json(Result result) throws Exception {
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void aSecretaryCollectsCommentsThroughTheTemplateThenRecordsDispositionsAndVotes() throws Exception {
        assertThat(json(normative("review", "comments", ENQUIRY, "--json")).get("comments")).hasSize(5);

        Result added = normative("review", "comment", ENQUIRY, "--clause", "3", "--type", "technical", "--member",
                "Inspur", "--body", "命名规则应举例说明。", "--line", "20");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added comment #6");

        Path exported = temp.resolve("out/comments.xlsx");
        Result export = normative("review", "export", ENQUIRY, "--out", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (Workbook workbook = new XSSFWorkbook(exported.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isEqualTo("命名规则应举例说明。");
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("3");
        }

        Result again = normative("review", "import", ENQUIRY, exported.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Added 0 comment(s)", "6 were in the comment set already");

        Result messy = normative("review", "import", ENQUIRY, messyTemplate().toString());
        assertThat(messy.exitCode()).isEqualTo(1);
        assertThat(messy.out()).contains("Added 1 comment(s)", "Row 4: \"te/ed\" is not a type of comment");

        JsonNode comments = json(normative("review", "comments", ENQUIRY, "--json")).get("comments");
        assertThat(comments).hasSize(7);
        JsonNode mine = comments.get(5);
        assertThat(mine.get("clauseKey").asText()).isEqualTo("naming");
        Result disposed = normative("review", "dispose", mine.get("id").asText(), "--disposition",
                "accepted-in-principle", "--note", "An example is added.");
        assertThat(disposed.exitCode()).as(disposed.err()).isZero();
        assertThat(json(normative("review", "comments", ENQUIRY, "--json")).get("comments").get(5).get("disposition")
                .asText()).isEqualTo("accepted in principle");

        Result vote = normative("review", "vote", ENQUIRY, "--member", "Inspur", "--vote", "approve");
        assertThat(vote.exitCode()).as(vote.err()).isZero();
        assertThat(vote.out()).contains("Inspur (P-member)");

        Result result = normative("review", "result", ENQUIRY, "--json");
        assertThat(result.exitCode()).isZero();
        JsonNode ballot = json(result);
        assertThat(ballot.get("rule").asText()).isEqualTo("iso-dis");
        assertThat(ballot.get("approved").asBoolean()).isTrue();
        assertThat(ballot.get("counts").get("negative").asInt()).isZero();
        assertThat(normative("--lang", "zh-CN", "review", "result", ENQUIRY).out()).contains("结果：通过。");
    }

    @Test
    void aHostileTemplateIsRefusedAndImportsNothing() throws Exception {
        Path fake = Files.writeString(temp.resolve("comments.xlsx"), "MB/NC,Comments\nCN,hello\n");

        Result refused = normative("review", "import", FINAL, fake.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("normative: The file comments.xlsx is not an XLSX workbook; nothing was imported.")
                .doesNotContain("Exception");
        assertThat(json(normative("review", "comments", FINAL, "--json")).get("comments")).isEmpty();
    }

    @Test
    void aFailedBallotExitsOneAndWrongChoicesAreUsageErrors() throws Exception {
        Result vote = normative("review", "vote", FINAL, "--member", "State Council Office, e-Government Office",
                "--vote", "disapprove");
        Result result = normative("review", "result", FINAL);
        Result badType = normative("review", "comment", FINAL, "--type", "xx", "--member", "CN", "--body", "?");
        Result noBallot = normative("review", "result", "DG/T 0101@2023");

        assertThat(vote.exitCode()).as(vote.err()).isZero();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("not approved: fewer than two thirds of the P-members voting approve");
        assertThat(badType.exitCode()).isEqualTo(64);
        assertThat(badType.err()).contains("\"xx\" is not a type of comment");
        assertThat(noBallot.exitCode()).isEqualTo(2);
        assertThat(noBallot.err()).contains("has no comment set");
    }

    /** A template as it comes back from a member body: a title row, the header on row 2, one bad row. */
    private Path messyTemplate() throws Exception {
        Path file = temp.resolve("from-cn.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Template");
            sheet.createRow(0).createCell(0).setCellValue("Comments on ISO/DIS 0101");
            String[][] rows = {
                {"MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note", "Type of comment", "Comments",
                    "Proposed change", "Observations of the secretariat"},
                {"CN", "3", "2", "", "ed", "引用文件年代号缺失。", "补充年代号。", ""},
                {"CN", "4", "2", "", "te/ed", "?", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
