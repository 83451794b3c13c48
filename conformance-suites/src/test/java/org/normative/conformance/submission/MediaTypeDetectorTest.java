package org.normative.conformance.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTypeDetectorTest {

    @TempDir
    Path dir;

    private String detect(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return new MediaTypeDetector().detect(file);
    }

    private String detect(String name, String content) throws Exception {
        return detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        assertThat(detect("report.json", "%PDF-1.7\n")).isEqualTo(MediaTypes.PDF);
        assertThat(detect("data.csv", "\uFEFF<?xml version=\"1.0\"?><a/>")).isEqualTo(MediaTypes.XML);
        assertThat(detect("x.txt", "  {\"a\": 1}")).isEqualTo(MediaTypes.JSON);
        assertThat(detect("api", "openapi: 3.0.3\ninfo:\n  title: 接口\n")).isEqualTo(MediaTypes.YAML);
        assertThat(detect("api", "openapi: 3.0.3\npaths:\n  /parcels/{id}:\n    get: {}\n")).isEqualTo(MediaTypes.YAML);
        assertThat(detect("api", "openapi: 3.0.3\n" + "x:\n  y: 1\n".repeat(20) + "z: [1, 2]\n")).isEqualTo(MediaTypes.YAML);
        assertThat(detect("a.txt", "代码,名称\n110000,北京市\n120000,天津市\n")).isEqualTo(MediaTypes.CSV);
        assertThat(detect("a.txt", "a\tb\n1\t2\n")).isEqualTo(MediaTypes.TSV);
        assertThat(detect("a.xml", "")).isEqualTo(MediaTypes.EMPTY);
        assertThat(detect("a.xml", new byte[] {0, 1, 2, (byte) 0xFF, 0})).isEqualTo(MediaTypes.BINARY);
        assertThat(detect("notes", "Just some words.")).isEqualTo(MediaTypes.TEXT);
    }

    @Test
    void officeDocumentsAreToldApartByTheirEntries() throws Exception {
        Path docx = dir.resolve("a.pdf");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.closeEntry();
        }
        assertThat(new MediaTypeDetector().detect(docx)).isEqualTo(MediaTypes.DOCX);
    }


    @Test
    void oneJsonValuePerLineIsJsonLines() {
        assertThat(MediaTypeDetector.textKind("{\"a\": 1}\n{\"a\": \"}{\"}\n[2]\n")).isEqualTo(MediaTypes.JSON_LINES);
    }

    @Test
    void prettyPrintedJsonAndOneLineJsonAreJson() {
        assertThat(MediaTypeDetector.textKind("{\n  \"a\": 1\n}\n")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("{\"a\": 1}\n")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("[1]\n{\"a\": 1} trailing\n")).isEqualTo(MediaTypes.JSON);
    }

    @Test
    void aDocumentThatIsOneJsonScalarIsJson() {
        assertThat(MediaTypeDetector.textKind("\"caf\\u00e9 \\\"quoted\\\"\"")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("-12.5e3\n")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("null")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("\"open \\\"")).isNotEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("\"key\": value")).isEqualTo(MediaTypes.YAML);
    }
}
