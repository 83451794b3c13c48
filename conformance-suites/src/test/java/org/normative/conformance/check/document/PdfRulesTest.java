package org.normative.conformance.check.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.normative.conformance.check.document.DocumentFixtures.pdf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.document.DocumentFixtures.Font;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;

/** Each rule of a document profile on PDFs made with PDFBox: one that passes, one that fails, with where. */
class PdfRulesTest {

    private static final String SECTIONS = """
            rules:
              - id: sections
                type: headings
                ordered: true
                sections:
                  - name: Scope
                    match: ["1 范围", {ignore-case: "1 scope"}]
                  - name: Audit logging
                    match: {regex: "\\\\d+(\\\\.\\\\d+)*\\\\s*(审计日志|Audit logging)"}
                  - "3 Log retention"
            """;

    private final DocumentChecks checks;

    PdfRulesTest(@TempDir Path folder) {
        checks = new DocumentChecks(folder);
    }

    @Test
    void sectionsFoundInOrderPassInEnglishAndInChinese() throws Exception {
        Path english = pdf().page("1 SCOPE", "This document covers the system.").page("2 Audit logging", "3 Log retention")
                .write(checks.file("en.pdf"));
        Path chinese = pdf().font(Font.CJK).page("1 范围", "本文件适用于该系统。").page("2 审计日志", "3 Log retention")
                .write(checks.file("zh.pdf"));

        assertThat(checks.run(SECTIONS, english).verdict()).isEqualTo(Verdict.PASS);
        CheckOutcome outcome = checks.run(SECTIONS, chinese);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aMissingSectionAndOneOutOfOrderAreFindingsNamingThem() throws Exception {
        Path file = pdf().font(Font.CJK).page("2 审计日志").page("1 范围", "正文。").write(checks.file("bad.pdf"));

        CheckOutcome outcome = checks.run(SECTIONS, file);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().page(), Finding::snippet)
                .containsExactly(tuple("sections", 1, "2 审计日志"), tuple("sections", null, null));
        assertThat(outcome.findings().get(0).message()).contains("\"Audit logging\" is out of order").contains("\"Scope\"");
        assertThat(outcome.findings().get(1).message()).contains("\"3 Log retention\" was not found");
    }

    @Test
    void headingsProperAreTheBookmarksAtTheirLevel() throws Exception {
        String profile = """
                rules:
                  - {id: chapters, type: headings, level: 1, sections: ["1 Scope", "2 Audit logging"]}
                """;
        Path marked = pdf().page("1 Scope").page("2 Audit logging").bookmark(1, "1 Scope", 1).bookmark(1, "2 Audit logging", 2)
                .write(checks.file("bookmarks.pdf"));
        Path nested = pdf().page("1 Scope").page("2 Audit logging").bookmark(1, "1 Scope", 1).bookmark(2, "2 Audit logging", 2)
                .write(checks.file("nested.pdf"));
        Path plain = pdf().page("1 Scope").page("2 Audit logging").write(checks.file("plain.pdf"));

        assertThat(checks.run(profile, marked).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run(profile, nested).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"2 Audit logging\"").contains("level 1 headings"));
        assertThat(checks.run(profile, plain).findings()).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("no bookmarks"));
    }

    @Test
    void metadataIsFoundInTheInfoDictionaryOrInXmpAndMatchedByPattern() throws Exception {
        String profile = """
                rules:
                  - {id: title, type: metadata, field: title}
                  - {id: author, type: metadata, field: author}
                  - {id: language, type: metadata, field: language, match: {regex: "zh(-CN)?"}}
                """;
        Path complete = pdf().title("安全说明").author("Acme").language("zh-CN").page("x").write(checks.file("full.pdf"));
        Path xmpOnly = pdf().xmpTitle("Security documentation").author("Acme").language("zh").page("x").write(checks.file("xmp.pdf"));
        Path poor = pdf().language("en-GB").page("x").write(checks.file("poor.pdf"));

        assertThat(checks.run(profile, complete).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run(profile, xmpOnly).verdict()).isEqualTo(Verdict.PASS);
        CheckOutcome outcome = checks.run(profile, poor);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("title", "author", "language");
        assertThat(outcome.findings().get(0).message()).contains("title is not set").contains("XMP dc:title");
        assertThat(outcome.findings().get(2).message()).contains("\"en-GB\"").contains("/zh(-CN)?/").contains("/Lang");
    }

    @Test
    void pageCountBounds() throws Exception {
        String profile = "rules: [{id: pages, type: page-count, min: 2, max: 3}]";
        assertThat(checks.run(profile, pdf().page("a").page("b").write(checks.file("two.pdf"))).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run(profile, pdf().page("a").write(checks.file("one.pdf"))).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 pages").contains("at least 2"));
        assertThat(checks.run(profile, pdf().page("a").page("b").page("c").page("d").write(checks.file("four.pdf"))).findings())
                .singleElement().satisfies(f -> assertThat(f.message()).contains("at most 3"));
    }

    @Test
    void fontsNotEmbeddedAreListedWithTheFirstPageThatUsesThem() throws Exception {
        String profile = "rules: [{id: fonts, type: fonts-embedded}]";
        Path embedded = pdf().page("Embedded subset").page("more").write(checks.file("embedded.pdf"));
        Path standard = pdf().font(Font.STANDARD_14).page("Helvetica, not embedded").page("again").write(checks.file("standard.pdf"));

        assertThat(checks.run(profile, embedded).verdict()).isEqualTo(Verdict.PASS);
        CheckOutcome outcome = checks.run(profile, standard);
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::snippet, f -> f.location().page()).containsExactly(tuple("Helvetica", 1));
    }

    @Test
    void aPageWithoutTextIsAScanPerPageOrOnceAboveTheAllowance() throws Exception {
        Path scanned = pdf().page("1 Scope").scannedPage().scannedPage().write(checks.file("scanned.pdf"));

        CheckOutcome perPage = checks.run("rules: [{id: text, type: text-present}]", scanned);
        assertThat(perPage.findings()).extracting(f -> f.location().page()).containsExactly(2, 3);
        assertThat(perPage.findings().get(0).message()).contains("Page 2 has no extractable text").contains("OCR");

        CheckOutcome perDocument = checks.run("rules: [{id: text, type: text-present, report: document, allowed-pages-without-text: 1}]", scanned);
        assertThat(perDocument.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("2 of 3 pages").contains("pages 2, 3"));

        assertThat(checks.run("rules: [{id: text, type: text-present, allowed-pages-without-text: 2}]", scanned).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void textLengthCountsCharactersWithoutWhiteSpace() throws Exception {
        Path file = pdf().font(Font.CJK).page("审计 日志", "ab cd").write(checks.file("short.pdf"));
        assertThat(checks.run("rules: [{id: length, type: text-length, min: 8}]", file).verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.run("rules: [{id: length, type: text-length, min: 9}]", file).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8 characters").contains("at least 9"));
    }

    @Test
    void forbiddenPhrasesAreFoundWithPageSnippetAndSeverity() throws Exception {
        String profile = """
                rules:
                  - id: drafts
                    type: forbidden-phrases
                    severity: warning
                    phrases: ["草稿", {ignore-case: "draft"}, {regex: "TODO\\\\b"}]
                """;
        Path clean = pdf().font(Font.CJK).page("正式版本").write(checks.file("clean.pdf"));
        Path draft = pdf().font(Font.CJK).page("1 Scope").page("This is a Draft, 草稿", "TODO fill in").write(checks.file("draft.pdf"));

        assertThat(checks.run(profile, clean).verdict()).isEqualTo(Verdict.PASS);
        CheckOutcome outcome = checks.run(profile, draft);
        assertThat(outcome.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(outcome.findings()).extracting(Finding::severity, f -> f.location().page()).containsOnly(tuple(Severity.WARNING, 2));
        assertThat(outcome.findings()).extracting(Finding::message)
                .containsExactly("The forbidden phrase 草稿 occurs.", "The forbidden phrase draft occurs.", "The forbidden phrase /TODO\\b/ occurs.");
        assertThat(outcome.findings().get(2).snippet()).contains("TODO fill in");
    }

    @Test
    void aRuleForDocxOnlyIsNotAppliedToAPdf() throws Exception {
        Path file = pdf().page("x").write(checks.file("x.pdf"));
        assertThat(checks.run("rules: [{id: title, type: metadata, field: title, formats: [docx]}]", file).verdict())
                .isEqualTo(Verdict.PASS);
    }
}
