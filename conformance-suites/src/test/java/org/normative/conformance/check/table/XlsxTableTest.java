package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;

class XlsxTableTest {

    private static final String SCHEMA = """
            {"fields": [
              {"name": "id", "type": "integer", "constraints": {"required": true}},
              {"name": "name", "type": "string"},
              {"name": "since", "type": "date", "format": "%Y/%m/%d"},
              {"name": "online", "type": "boolean"},
              {"name": "amount", "type": "number", "constraints": {"maximum": 10}}
            ]}""";
    private static final Object[][] NOTES = {{"说明"}, {"本工作簿的第二个工作表为目录。"}};
    private static final Object[][] DATA = {
            {"id", "name", "since", "online", "amount"},
            {1, "一", LocalDate.of(2024, 1, 5), true, 2.5},
            {2.5, "二", "2024/02/30", false, 11},
            {},
            {4, "四", "2024/03/01", "是", null},
            {5, "五", null, null, null, "extra"}};

    @TempDir
    java.nio.file.Path folder;
    private TableFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new TableFixtures(folder);
    }

    @Test
    void theChosenSheetIsReadWithTypedCellsAndSpreadsheetRowNumbers() throws Exception {
        Artifact workbook = fixtures.artifact("table", "catalogue.xlsx", Workbooks.workbook("说明", NOTES, "目录", DATA));
        assertThat(workbook.mediaType()).isEqualTo(MediaTypes.XLSX);
        CheckOutcome outcome = fixtures.run(fixtures.prepare(SCHEMA, Map.of("sheet", "目录")), workbook);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().row(), f -> f.location().line(),
                        f -> f.location().column(), Finding::actual)
                .containsExactly(
                        tuple("type", 2L, 3, 1, "2.5"),
                        tuple("type", 2L, 3, 3, "2024/02/30"),
                        tuple("maximum", 2L, 3, 5, "11"),
                        tuple("type", 3L, 5, 4, "是"),
                        tuple("ragged", 4L, 6, 6, null));
    }

    @Test
    void theFirstSheetIsReadByDefaultAndAMissingSheetIsNamed() throws Exception {
        Artifact workbook = fixtures.artifact("table", "catalogue.xlsx", Workbooks.workbook("说明", NOTES, "目录", DATA));
        CheckOutcome first = fixtures.run(fixtures.prepare(SCHEMA), workbook);
        assertThat(first.findings()).extracting(Finding::ruleId).contains("header").doesNotContain("type");
        PreparedCheck wrongSheet = fixtures.prepare(SCHEMA, Map.of("sheet", "Catalogue"));
        assertThatThrownBy(() -> fixtures.run(wrongSheet, workbook)).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("Catalogue").hasMessageContaining("说明, 目录");
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        byte[] bomb = Workbooks.bomb(Workbooks.workbook("目录", DATA), 16 << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        Artifact workbook = fixtures.artifact("table", "bomb.xlsx", bomb);
        assertThatThrownBy(() -> fixtures.run(fixtures.prepare(SCHEMA), workbook)).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void anEncryptedWorkbookIsRefusedPlainly() throws Exception {
        Artifact workbook = fixtures.artifact("table", "locked.xlsx", Workbooks.encrypted(Workbooks.workbook("目录", DATA)));
        assertThatThrownBy(() -> fixtures.run(fixtures.prepare(SCHEMA), workbook)).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("password-protected");
    }

    @Test
    void aBrokenWorkbookIsRefusedPlainly() throws Exception {
        byte[] whole = Workbooks.workbook("目录", DATA);
        Artifact truncated = fixtures.artifact("table", "cut.xlsx", Arrays.copyOf(whole, whole.length * 2 / 3));
        assertThatThrownBy(() -> fixtures.run(fixtures.prepare(SCHEMA), truncated)).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("cut.xlsx").hasMessageNotContaining("Exception");
        Artifact notZip = fixtures.artifact("table", "fake.xlsx", "PK\u0003\u0004 not really a zip".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> fixtures.run(fixtures.prepare(SCHEMA), notZip)).isInstanceOf(ArtifactException.class)
                .hasMessageContaining("fake.xlsx");
    }

    @Test
    void aValidWorkbookPasses() throws Exception {
        Object[][] rows = {DATA[0], DATA[1], {7, "七", "2024/03/01", false, 10}};
        CheckOutcome outcome = fixtures.run(fixtures.prepare(SCHEMA), fixtures.artifact("table", "ok.xlsx", Workbooks.workbook("目录", rows)));
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
    }
}
