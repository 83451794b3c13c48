package org.normative.conformance.input.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.submission.MediaTypes;

class HardenedJsonReaderTest {

    /** Every hostile input must be refused well within this, on a slow shared machine. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final HardenedJsonReader reader = new HardenedJsonReader(Limits.DEFAULT);

    @Test
    void readsJsonKeepingExactNumbersAndRecordingDuplicateNames() throws Exception {
        Artifact artifact = artifact("order.json", "{\"id\": 1, \"total\": 10.50,\n \"lines\": [{\"sku\": \"a\", \"sku\": \"b\"}]}");

        JsonDocument document = reader.read(artifact, RecordingCheckContext.standalone());

        assertThat(document.root().at("/total").decimalValue()).hasToString("10.50");
        assertThat(document.root().at("/lines/0/sku").textValue()).isEqualTo("b");
        assertThat(document.duplicateKeys()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.pointer()).isEqualTo("/lines/0/sku");
            assertThat(duplicate.position().line()).isEqualTo(2);
            assertThat(duplicate.position().column()).isEqualTo(25);
        });
    }

    @Test
    void readsYamlSharingWhatAnAliasRefersTo() throws Exception {
        Artifact artifact = artifact("api.yaml", "openapi: 3.0.3\ninfo: &info\n  title: Pets\n  version: '1'\nx-copy: *info\n");

        JsonDocument document = reader.read(artifact, RecordingCheckContext.standalone());

        assertThat(artifact.mediaType()).isEqualTo(MediaTypes.YAML);
        assertThat(document.root().at("/x-copy/title").textValue()).isEqualTo("Pets");
        assertThat(document.root().at("/info/version").textValue()).isEqualTo("1");
    }

    @Test
    void locatesPointersInJsonAndFallsBackToTheNearestAncestor() throws Exception {
        Artifact artifact = artifact("order.json", "{\n  \"a/b\": {\"c\": [10, 20]},\n  \"d\": true\n}\n");

        Map<String, SourcePosition> positions = reader.locate(artifact, RecordingCheckContext.standalone(),
                List.of("/a~1b/c/1", "/d", "", "/a~1b/missing"));

        assertThat(positions.get("/a~1b/c/1")).isEqualTo(new SourcePosition(2, 21, 22));
        assertThat(positions.get("/d")).isEqualTo(new SourcePosition(3, 8, 35));
        assertThat(positions.get("")).isEqualTo(new SourcePosition(1, 1, 0));
        assertThat(positions.get("/a~1b/missing").line()).isEqualTo(2);
    }

    @Test
    void locatesPointersInYamlThroughAliases() throws Exception {
        Artifact artifact = artifact("api.yaml", "base: &b\n  port: 80\nservers:\n  - url: x\n    extra: *b\n");

        Map<String, SourcePosition> positions = reader.locate(artifact, RecordingCheckContext.standalone(),
                List.of("/servers/0/url", "/servers/0/extra/port"));

        assertThat(positions.get("/servers/0/url").line()).isEqualTo(4);
        assertThat(positions.get("/servers/0/extra/port").line()).isEqualTo(5);
    }

    @Test
    void streamsJsonLinesWithPositionsInTheFile() throws Exception {
        Artifact artifact = artifact("events.jsonl", "{\"n\": 1}\n\n{\"n\": 2}\r\n{\"n\": 3}");
        List<String> seen = new ArrayList<>();

        reader.readLines(artifact, RecordingCheckContext.standalone(), line -> {
            seen.add(line.number() + ":" + line.document().root().get("n").intValue());
            assertThat(reader.locate(line, artifact.name(), List.of("/n")).get("/n").line()).isEqualTo((int) line.number());
        });

        assertThat(artifact.mediaType()).isEqualTo(MediaTypes.JSON_LINES);
        assertThat(seen).containsExactly("1:1", "3:2", "4:3");
    }

    @Test
    void aBrokenJsonLineIsReportedAtItsLineInTheFile() throws Exception {
        Artifact artifact = artifact("events.jsonl", "{\"n\": 1}\n{\"n\": 2}\n{\"n\": }\n");

        assertThatThrownBy(() -> reader.readLines(artifact, RecordingCheckContext.standalone(), line -> { }))
                .isInstanceOf(ArtifactException.class)
                .hasMessageStartingWith("events.jsonl: not valid JSON at line 3, column 7 (byte 24)");
    }

    @Test
    void arraysNested200000DeepAreRefused() throws Exception {
        refused("deep.json", "[".repeat(200_000) + "]".repeat(200_000), "nested deeper than 1000 levels, at line 1, column 1001");
    }

    @Test
    void objectsNested200000DeepAreRefused() throws Exception {
        refused("deep.json", "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000), "nested deeper than 1000 levels");
    }

    @Test
    void yamlNested200000DeepIsRefused() throws Exception {
        refused("deep.yaml", "a:\n" + "- [".repeat(1) + "[".repeat(200_000) + "]".repeat(200_001) + "\n", "nested deeper than 1000 levels");
    }

    @Test
    void aYamlAliasBombIsRefusedBeforeItExpands() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        refused("laughs.yaml", bomb.toString(), "its YAML aliases would expand to more than 1000000 values");
    }

    @Test
    void moreAliasesThanTheLimitAreRefused() throws Exception {
        StringBuilder many = new StringBuilder("a: &a 1\nlist:\n");
        for (int i = 0; i < 150; i++) {
            many.append("  - *a\n");
        }
        refused("aliases.yaml", many.toString(), "uses more than 100 YAML aliases");
    }

    @Test
    void brokenUtf8IsRefusedAtItsByte() throws Exception {
        byte[] bytes = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        bytes[14] = 'x'; // é is C3 A9 at bytes 13 and 14: a lead byte without its continuation
        refused("broken.json", bytes, "not valid UTF-8 at byte 13");
    }

    @Test
    void truncatedJsonIsRefused() throws Exception {
        refused("cut.json", "{\"items\": [1, 2, 3", "the JSON ends too early");
    }

    @Test
    void garbageIsRefusedWithItsPlace() throws Exception {
        refused("garbage.json", "{\"a\": nonsense}", "not valid JSON at line 1, column 7 (byte 6)");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        refused("empty.json", "", "empty.json is empty");
    }

    @Test
    void aPdfNamedJsonIsRefused() throws Exception {
        refused("report.json", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n", "this is PDF content, not JSON");
    }

    @Test
    void contentAfterTheValueIsRefused() throws Exception {
        refused("two.json", "{\"a\": 1}\n{\"b\": 2}\n{\"c\"", "more after the JSON value");
    }

    @Test
    void aSecondYamlDocumentIsRefused() throws Exception {
        refused("two.yaml", "a: 1\n---\nb: 2\n", "a second YAML document starts at line 3");
    }

    @Test
    void aNumberWithAHugeExponentIsRefused() throws Exception {
        refused("huge.json", "[1e999999999]", "exponents beyond 10000 are refused");
    }

    @Test
    void aDocumentOverTheTreeBoundIsRefused() throws Exception {
        Artifact artifact = artifact("big.json", "[" + "1,".repeat(1_000) + "1]");
        HardenedJsonReader small = new HardenedJsonReader(new Limits(1_000, 1_024, 100, 10, 1_000, 10, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> small.read(artifact, RecordingCheckContext.standalone()))
                .hasMessage("big.json: larger than 1024 bytes, the most that a check reading the whole document accepts.");
    }

    @Test
    void messagesAreInChineseToo() throws Exception {
        Artifact artifact = artifact("cut.json", "{\"a\": [");

        assertThatThrownBy(() -> reader.read(artifact, RecordingCheckContext.standalone()))
                .isInstanceOfSatisfying(ArtifactException.class, e -> assertThat(((ConformanceException) e).text().zh())
                        .startsWith("cut.json：JSON 在第 1 行第 8 列（第 7 字节）处提前结束"));
    }

    private void refused(String name, String content, String message) throws IOException, ConformanceException {
        refused(name, content.getBytes(StandardCharsets.UTF_8), message);
    }

    private void refused(String name, byte[] content, String message) throws IOException, ConformanceException {
        Files.write(folder.resolve(name), content);
        Artifact artifact = new ArtifactIntake().inPlace("doc", folder.resolve(name));
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> reader.read(artifact, RecordingCheckContext.standalone()))
                .isInstanceOf(ArtifactException.class)
                .hasMessageContaining(message));
    }

    private Artifact artifact(String name, String content) throws IOException, ConformanceException {
        Files.writeString(folder.resolve(name), content);
        return new ArtifactIntake().inPlace("doc", folder.resolve(name));
    }
}
