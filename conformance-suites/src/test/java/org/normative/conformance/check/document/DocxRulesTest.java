package org.normative.conformance.check.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.normative.conformance.check.document.DocumentFixtures.docx;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;

/** Each rule of a document profile on DOCX files made with POI: one that passes, one that fails, with where. */
class DocxRulesTest {

    private static final String CHAPTERS = """
            rules:
              - id: chapters
                type: headings
                in: headings
                ordered: true
                sections:
                  - {name: Scope, match: ["1 范围", "1 Scope"]}
                  - {name: Audit logging, match: [{regex: "\\\\d+\\\\s*(审计日志|Audit logging)"}]}
            """;

    private final DocumentChecks checks;

    DocxRulesTest(@TempDir Path folder) {
        checks = new DocumentChecks(folder);
    }

    @Test
    void headingsByStyleOrOutlineLevelInOrderPass() throws Exception {
        Path styled = docx().heading(1, "1 范围").paragraph("本文件适用于……").heading(1, "2 审计日志").write(checks.file("styled.docx"));
        Path outlined = docx().outlined(1, "1 Scope").paragraph("text").outlined(2, "2 Audit logging").write(checks.file("outlined.docx"));

        assertThat(checks.run(CHAPTERS, styled).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run(CHAPTERS, outlined).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aHeadingWrittenAsBodyTextIsNoHeadingAndOrderIsChecked() throws Exception {
        Path plain = docx().paragraph("1 Scope").heading(1, "2 Audit logging").write(checks.file("plain.docx"));
        Path reversed = docx().heading(1, "2 Audit logging").paragraph("…").heading(1, "1 Scope").write(checks.file("reversed.docx"));

        assertThat(checks.run(CHAPTERS, plain).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Scope\" was not found among the document's headings"));
        CheckOutcome outcome = checks.run(CHAPTERS, reversed);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().xpath(), Finding::snippet)
                .containsExactly(tuple("chapters", "/w:document/w:body/w:p[1]", "2 Audit logging"));
        assertThat(outcome.findings().get(0).message()).contains("out of order");
    }

    @Test
    void sectionsAsTextAreFoundInAnyParagraphOrTableCell() throws Exception {
        String profile = "rules: [{id: sections, type: headings, sections: [\"1 Scope\", {ignore-case: \"log retention\"}]}]";
        Path file = docx().paragraph("1 Scope").table("Log Retention", "12 months").write(checks.file("table.docx"));
        Path missing = docx().paragraph("1 Scope").write(checks.file("missing.docx"));

        assertThat(checks.run(profile, file).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run(profile, missing).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"log retention\" was not found"));
    }

    @Test
    void corePropertiesAndLanguage() throws Exception {
        String profile = """
                rules:
                  - {id: title, type: metadata, field: title, match: {regex: ".*(安全|Security).*"}}
                  - {id: author, type: metadata, field: author}
                  - {id: language, type: metadata, field: language, match: {regex: "zh(-CN)?"}}
                """;
        Path good = docx().title("安全说明 Security").author("Acme").language("zh-CN").paragraph("x").write(checks.file("good.docx"));
        Path bad = docx().title("Notes").paragraph("x").write(checks.file("bad.docx"));

        assertThat(checks.run(profile, good).verdict()).isEqualTo(Verdict.PASS);
        CheckOutcome outcome = checks.run(profile, bad);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("title", "author", "language");
        assertThat(outcome.findings().get(0).message()).contains("\"Notes\"").contains("docProps/core.xml dc:title");
    }

    @Test
    void thePageCountIsWordsOwnOrNotTested() throws Exception {
        String profile = "rules: [{id: pages, type: page-count, max: 10}, {id: length, type: text-length, min: 3}]";
        assertThat(checks.run(profile, docx().pages(4).paragraph("abc").write(checks.file("four.docx"))).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run(profile, docx().pages(12).paragraph("abc").write(checks.file("twelve.docx"))).findings())
                .singleElement().satisfies(f -> assertThat(f.message()).contains("12 pages"));

        CheckOutcome unknown = checks.run(profile, docx().paragraph("abc").write(checks.file("unknown.docx")));
        assertThat(unknown.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(unknown.reason().en()).contains("Rule pages").contains("docProps/app.xml");
        assertThat(unknown.reason().zh()).contains("规则 pages");
    }

    @Test
    void fontsEmbeddedIsWordsEmbedFontsSetting() throws Exception {
        String profile = "rules: [{id: fonts, type: fonts-embedded}]";
        assertThat(checks.run(profile, docx().embedFonts().paragraph("x").write(checks.file("embedded.docx"))).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(checks.run(profile, docx().paragraph("x").write(checks.file("plain.docx"))).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Embed fonts in the file"));
    }

    @Test
    void textPresentLengthAndForbiddenPhrases() throws Exception {
        String profile = """
                rules:
                  - {id: text, type: text-present, min-characters: 5}
                  - {id: length, type: text-length, min: 5}
                  - {id: drafts, type: forbidden-phrases, phrases: ["草稿"]}
                """;
        assertThat(checks.run(profile, docx().paragraph("日志保留十二个月").write(checks.file("ok.docx"))).verdict()).isEqualTo(Verdict.PASS);

        CheckOutcome empty = checks.run(profile, docx().paragraph(" ").write(checks.file("empty.docx")));
        assertThat(empty.findings()).extracting(Finding::ruleId).containsExactly("text", "length");

        CheckOutcome draft = checks.run(profile, docx().paragraph("正式").paragraph("本版本为草稿，请勿引用").write(checks.file("draft.docx")));
        assertThat(draft.findings()).extracting(f -> f.location().xpath(), Finding::snippet)
                .containsExactly(tuple("/w:document/w:body/w:p[2]", "本版本为草稿，请勿引用"));
    }
}
