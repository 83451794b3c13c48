package org.normative.standards.publishing.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text breaks into lines that fit: at spaces, between Chinese characters, inside words wider than the line. */
class LineBreakerTest {

    private PDDocument document;
    private CjkFont fonts;
    private Style text;
    private Style mono;

    @BeforeEach
    void fonts() throws Exception {
        document = new PDDocument();
        fonts = new CjkFont(document);
        text = new Style(fonts.text(), 10, Color.BLACK, false);
        mono = new Style(fonts.mono(), 8, Color.BLACK, false);
    }

    @AfterEach
    void close() throws Exception {
        fonts.close();
        document.close();
    }

    @Test
    void latinTextBreaksAtSpacesWithinTheWidth() {
        String sentence = "The system does not conform to DG/T 0202@2026: 3 mandatory test case(s) failed.";
        List<String> lines = fitted(sentence, text, 120);
        assertThat(String.join(" ", lines)).isEqualTo(sentence);
        assertThat(lines).noneMatch(line -> line.startsWith(" ") || line.endsWith(" "));
    }

    @Test
    void chineseTextBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        String sentence = "没有不通过的测试用例，但 DG/T 0202@2026 的 1 个必选测试用例仍在等待评估人员判定。判定完成之前不能认证。";
        for (float width = 60; width < 200; width += 7) {
            List<String> lines = LineBreaker.lines(sentence, text, width);
            assertThat(lines).hasSizeGreaterThan(1);
            for (String line : lines) {
                assertThat(width(line, text)).isLessThanOrEqualTo(width);
                assertThat(line).doesNotStartWith("，").doesNotStartWith("。");
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(sentence.replace(" ", ""));
        }
    }

    @Test
    void aHashWiderThanTheLineIsBrokenInsideIt() {
        String hash = "d89104c4b42179c3fb8264d2c792ac55d008b9439242dce26c629eec75551cc7";
        assertThat(String.join("", fitted(hash, mono, 100))).isEqualTo(hash);
    }

    @Test
    void newlinesAndIndentationOfASnippetAreKept() {
        assertThat(LineBreaker.lines("<holder>\n  <idNumber>9133010</idNumber>\n</holder>", mono, 400))
                .containsExactly("<holder>", "  <idNumber>9133010</idNumber>", "</holder>");
    }

    @Test
    void charactersWithoutAGlyphAreReplacedNotFatal() {
        assertThat(fonts.text().drawable("ok \uD83D\uDE00\u0007 中")).isEqualTo("ok ? 中");
    }

    /** The lines of a text that needs more than two, each checked to fit. */
    private static List<String> fitted(String value, Style style, float width) {
        List<String> lines = LineBreaker.lines(value, style, width);
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(width(line, style)).isLessThanOrEqualTo(width));
        return lines;
    }

    private static float width(String line, Style style) {
        return style.face().width(line, style.size());
    }
}
