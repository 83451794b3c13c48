package org.normative.conformance.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence viewer's window of lines: the right lines of a large file, long lines cut, bad bytes replaced. */
class TextExcerptTest {

    @TempDir
    Path temp;

    @Test
    void theLinesAroundATargetDeepInALargeFileAreRead() throws Exception {
        Path file = temp.resolve("large.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 300_000; i++) {
                out.write("<item n=\"" + i + "\">数据元 " + i + "</item>\r\n");
            }
        }

        TextExcerpt excerpt = TextExcerpt.around(file, 250_000, 3);

        assertThat(excerpt.lines()).extracting(TextExcerpt.Line::number).containsExactly(249_997, 249_998, 249_999, 250_000,
                250_001, 250_002, 250_003);
        assertThat(excerpt.target()).isEqualTo(250_000);
        assertThat(excerpt.lines().get(3).text()).isEqualTo("<item n=\"250000\">数据元 250000</item>");
        assertThat(excerpt.lines()).noneMatch(TextExcerpt.Line::cut);
    }

    @Test
    void aMinifiedLineIsCutAndTheWindowStopsAtTheEndOfTheFile() throws Exception {
        Path file = temp.resolve("minified.json");
        Files.writeString(file, "{\"a\":\"" + "x".repeat(1_000_000) + "\"}\n{\"b\":1}");

        TextExcerpt excerpt = TextExcerpt.around(file, 1, 5);

        assertThat(excerpt.lines()).hasSize(2);
        assertThat(excerpt.lines().get(0).cut()).isTrue();
        assertThat(excerpt.lines().get(0).text()).hasSize(TextExcerpt.MAX_LINE_CHARS);
        assertThat(excerpt.lines().get(1)).isEqualTo(new TextExcerpt.Line(2, "{\"b\":1}", false));
    }

    @Test
    void bytesThatAreNotUtf8AreShownAsReplacementCharacters() throws Exception {
        Path file = temp.resolve("gbk.xml");
        Files.write(file, new byte[] {'<', 'a', '>', (byte) 0xCA, (byte) 0xFD, '<', '/', 'a', '>'});

        TextExcerpt excerpt = TextExcerpt.around(file, 1, 0);

        assertThat(excerpt.lines()).singleElement().satisfies(line -> assertThat(line.text()).startsWith("<a>").contains("\uFFFD"));
    }
}
