package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.library.Clause;
import org.normative.standards.library.StandardDocument;

/** The golden file {@code dg-t-0102.xml} beside the document it holds ({@link SampleStandard}). */
class StandardXmlGoldenTest {

    private final StandardXmlReader reader = new StandardXmlReader();
    private final StandardXmlWriter writer = new StandardXmlWriter();

    @Test
    void readingTheGoldenFileGivesTheSampleDocument() throws Exception {
        assertThat(reader.read(new ByteArrayInputStream(golden()))).isEqualTo(SampleStandard.document());
    }

    @Test
    void readingTheGoldenFileFromAPathGivesTheSampleDocument(@TempDir Path temp) throws Exception {
        Path file = Files.write(temp.resolve("标准 DG-T 0102.xml"), golden());

        assertThat(reader.read(file)).isEqualTo(SampleStandard.document());
    }

    @Test
    void missingFileIsSaidPlainly(@TempDir Path temp) {
        Path missing = temp.resolve("missing.xml");

        assertThatThrownBy(() -> reader.read(missing)).isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("There is no file " + missing + ".");
    }

    @Test
    void writingTheSampleDocumentGivesTheGoldenFileByteForByte() throws Exception {
        assertThat(write(SampleStandard.document())).isEqualTo(golden());
    }

    @Test
    void readThenWriteReproducesTheGoldenFile() throws Exception {
        assertThat(write(reader.read(new ByteArrayInputStream(golden())))).isEqualTo(golden());
    }

    @Test
    void writeThenReadGivesTheSameDocument() throws Exception {
        StandardDocument document = SampleStandard.document();

        assertThat(reader.read(new ByteArrayInputStream(write(document)))).isEqualTo(document);
    }

    @Test
    void sameDocumentGivesSameBytes() throws Exception {
        assertThat(write(SampleStandard.document())).isEqualTo(write(SampleStandard.document()));
    }

    @Test
    void chineseIsWrittenAsUtf8TextNotAsCharacterReferences() throws Exception {
        String xml = new String(write(SampleStandard.document()), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<standard xmlns=\"urn:normative:standard:1\"")
                .contains("<title xml:lang=\"zh\">政务数据共享 接口要求</title>")
                .contains("<title xml:lang=\"en\">Government data sharing: Interface requirements</title>")
                .contains("<name xml:lang=\"zh\">数据资源标准化技术委员会</name>")
                .doesNotContain("&#x")
                .endsWith("</standard>\n");
        assertThat(xml.replace("&#13;", "")).doesNotContain("&#");
    }

    @Test
    void clauseNumbersFollowFromPositionAndAreNotStored() throws Exception {
        StandardDocument read = reader.read(new ByteArrayInputStream(golden()));
        List<Clause> clauses = read.editions().get(1).content().allClauses();

        assertThat(clauses).extracting(Clause::number)
                .containsExactly("1", "2", "3", "3.1", "3.2", "4", "4.1", "4.1.1", "4.2");
        assertThat(clauses).extracting(Clause::id).containsOnly(0L);
        assertThat(new String(golden(), StandardCharsets.UTF_8)).doesNotContain("number");
    }

    @Test
    void carriageReturnsAndMarkupCharactersSurviveTheRoundTrip() throws Exception {
        StandardDocument read = reader.read(new ByteArrayInputStream(golden()));

        assertThat(read.editions().get(1).content().clause("paging").orElseThrow().body())
                .isEqualTo("Results are paged: <page> & <size> are \"query\" parameters;\r\nsee 'Annex A'.");
    }

    @Test
    void editionsHaveNoWorkspaceIdentity() throws Exception {
        StandardDocument read = reader.read(new ByteArrayInputStream(golden()));

        assertThat(read.standard().editions()).extracting(e -> e.id()).containsOnly(0L);
        assertThat(read.editions()).extracting(e -> e.edition()).isEqualTo(read.standard().editions());
    }

    @Test
    void handWrittenFileWithOtherWhitespaceAndEmptyListsReadsAsItsCanonicalForm() throws Exception {
        String handWritten = """
                <n:standard code=" DG/T  0102 " xmlns:n="urn:normative:standard:1">
                <n:title xml:lang="zh">  政务数据共享 接口要求
                </n:title><n:title xml:lang="en">Government data sharing: Interface requirements</n:title>
                <n:committee code="TC-DATA"><n:name xml:lang="en">Data</n:name><n:members/><n:liaisons/></n:committee>
                <n:edition stage=" 20.00 " label="2026">
                  <n:terms/><n:references></n:references>
                  <n:clause key=" scope "><n:body/></n:clause>
                  <n:requirements>
                    <n:requirement revision="1" obligation=" MAY " id="/req/x" clause="scope">You may.</n:requirement>
                  </n:requirements>
                </n:edition>
                </n:standard>
                """;

        StandardDocument read = reader.read(new ByteArrayInputStream(handWritten.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.standard().code()).isEqualTo("DG/T 0102");
        assertThat(read.standard().title().zh()).isEqualTo("政务数据共享 接口要求");
        assertThat(read.committee().members()).isEmpty();
        assertThat(read.editions().get(0).content().clauses()).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo("scope"))
                .satisfies(c -> assertThat(c.body()).isEmpty());
        assertThat(read.editions().get(0).content().requirements()).singleElement()
                .satisfies(r -> assertThat(r.clauseKey()).isEqualTo("scope"));
        assertThat(new String(write(read), StandardCharsets.UTF_8))
                .contains("<edition label=\"2026\" stage=\"20.00\">\n    <clause key=\"scope\"/>")
                .doesNotContain("<members").doesNotContain("<terms");
    }

    private byte[] write(StandardDocument document) throws StandardXmlException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        return out.toByteArray();
    }

    static byte[] golden() throws IOException {
        try (InputStream in = StandardXmlGoldenTest.class.getResourceAsStream(SampleStandard.GOLDEN)) {
            assertThat(in).as(SampleStandard.GOLDEN).isNotNull();
            return in.readAllBytes();
        }
    }
}
