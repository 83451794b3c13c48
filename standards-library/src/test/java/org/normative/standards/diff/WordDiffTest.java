package org.normative.standards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.standards.diff.TextSegment.Kind.DELETED;
import static org.normative.standards.diff.TextSegment.Kind.EQUAL;
import static org.normative.standards.diff.TextSegment.Kind.INSERTED;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordDiffTest {

    private static final String CHINESE_BEFORE = "系统应支持用户名口令认证和短信验证码认证。";
    private static final String CHINESE_AFTER = "系统应支持数字证书认证和电子身份标识认证，可支持短信验证码认证。";

    static Stream<Arguments> textPairs() {
        return Stream.of(
                Arguments.of("The system shall page results.", "The system should page all results, 20 at a time."),
                Arguments.of(CHINESE_BEFORE, CHINESE_AFTER),
                Arguments.of("接口应使用 HTTPS 协议（TLS 1.2 及以上）。", "接口应使用HTTPS协议(TLS 1.3)，并校验证书。"),
                Arguments.of("", "Something new."),
                Arguments.of("Something old.", ""),
                Arguments.of("a  b\tc\nd", "a b\t\tc\r\nd e"),
                Arguments.of("𠮷野家的𩸽鱼", "𠮷野屋的鱼"),
                Arguments.of("café naïve résumé", "cafe naïve résumés"),
                Arguments.of(" leading and trailing ", "leading, trailing  "));
    }

    @ParameterizedTest
    @MethodSource("textPairs")
    void segmentsRebuildBothTexts(String before, String after) {
        List<TextSegment> diff = WordDiff.between(before, after);

        assertThat(join(diff, EQUAL, DELETED)).isEqualTo(before);
        assertThat(join(diff, EQUAL, INSERTED)).isEqualTo(after);
        for (int i = 1; i < diff.size(); i++) {
            assertThat(diff.get(i).kind()).as("adjacent segments differ in kind").isNotEqualTo(diff.get(i - 1).kind());
        }
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        List<TextSegment> diff = WordDiff.between(CHINESE_BEFORE, CHINESE_AFTER);

        assertThat(diff).containsExactly(
                new TextSegment(EQUAL, "系统应支持"),
                new TextSegment(DELETED, "用户名口令"),
                new TextSegment(INSERTED, "数字证书"),
                new TextSegment(EQUAL, "认证和"),
                new TextSegment(INSERTED, "电子身份标识认证，可支持"),
                new TextSegment(EQUAL, "短信验证码认证。"));
    }

    @Test
    void englishIsComparedWordByWord() {
        List<TextSegment> diff = WordDiff.between("The system should page results.", "The system shall page results.");

        assertThat(diff).containsExactly(
                new TextSegment(EQUAL, "The system "),
                new TextSegment(DELETED, "should"),
                new TextSegment(INSERTED, "shall"),
                new TextSegment(EQUAL, " page results."));
    }

    @Test
    void spaceBetweenTwoReplacedWordsJoinsThemIntoOneReplacement() {
        List<TextSegment> diff = WordDiff.between("the quick brown fox", "a slow brown fox");

        assertThat(diff).containsExactly(
                new TextSegment(DELETED, "the quick"),
                new TextSegment(INSERTED, "a slow"),
                new TextSegment(EQUAL, " brown fox"));
    }

    @Test
    void latinWordsInsideChineseStayWhole() {
        assertThat(WordDiff.tokens("使用HTTPS协议，版本2022年。"))
                .containsExactly("使", "用", "HTTPS", "协", "议", "，", "版", "本", "2022", "年", "。");
    }

    @Test
    void whitespaceAndPunctuationAreTokensOfTheirOwn() {
        assertThat(WordDiff.tokens("shall,  not (ever)"))
                .containsExactly("shall", ",", "  ", "not", " ", "(", "ever", ")");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNotSplit() {
        assertThat(WordDiff.tokens("𠮷野")).containsExactly("𠮷", "野");
    }

    @Test
    void identicalTextsAreOneEqualSegment() {
        assertThat(WordDiff.between("相同 text", "相同 text")).containsExactly(new TextSegment(EQUAL, "相同 text"));
    }

    @Test
    void emptyTextsHaveNoSegments() {
        assertThat(WordDiff.between("", null)).isEmpty();
    }

    private static String join(List<TextSegment> diff, TextSegment.Kind... kinds) {
        List<TextSegment.Kind> wanted = List.of(kinds);
        return diff.stream().filter(s -> wanted.contains(s.kind())).map(TextSegment::text).collect(Collectors.joining());
    }
}
