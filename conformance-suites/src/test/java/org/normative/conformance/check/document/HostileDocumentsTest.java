package org.normative.conformance.check.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normative.conformance.check.document.DocumentFixtures.docx;
import static org.normative.conformance.check.document.DocumentFixtures.pdf;

import java.io.ByteArrayInputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.result.Verdict;

/**
 * Encrypted, broken and hostile documents each give an {@link ArtifactException} (the artifact's verdict is ERROR)
 * with a message a vendor understands, quickly, and never a pass.
 */
@Timeout(30)
class HostileDocumentsTest {

    private static final String PROFILE = """
            rules:
              - {id: sections, type: headings, sections: ["1 Scope"]}
              - {id: text, type: text-present}
            """;

    @TempDir
    Path folder;

    private DocumentChecks checks;
    private PreparedCheck check;

    @BeforeEach
    void setUp() throws Exception {
        checks = new DocumentChecks(folder);
        check = checks.prepare(PROFILE);
    }

    private void assertRefused(Path file, String... phrases) {
        assertRefused(file, Limits.DEFAULT, phrases);
    }

    private void assertRefused(Path file, Limits limits, String... phrases) {
        var refusal = assertThatThrownBy(() -> checks.run(check, file, limits)).isInstanceOf(ArtifactException.class)
                .hasMessageStartingWith(file.getFileName().toString());
        for (String phrase : phrases) {
            refusal.hasMessageContaining(phrase);
        }
    }

    @Test
    void anEncryptedPdfIsRefusedWithOrWithoutAUserPassword() throws Exception {
        Path locked = pdf().page("1 Scope").encrypted("user", "owner").write(checks.file("locked.pdf"));
        Path restricted = pdf().page("1 Scope").encrypted("", "owner").write(checks.file("restricted.pdf"));

        assertRefused(locked, "is encrypted", "without a password");
        assertRefused(restricted, "is encrypted");
    }

    @Test
    void anEncryptedDocxIsRefusedAndAWord97FileIsNamed() throws Exception {
        Path plain = docx().paragraph("1 Scope").write(checks.file("plain.docx"));
        assertRefused(DocumentFixtures.encryptedDocx(plain, checks.file("locked.docx")), "is encrypted");

        Path doc = checks.file("old.doc");
        try (POIFSFileSystem ole = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            ole.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            ole.writeFilesystem(out);
        }
        assertRefused(doc, "Word 97-2003", "Save it as .docx");
    }

    @Test
    void aTruncatedOrBrokenPdfIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(pdf().page("1 Scope").page("more").write(checks.file("whole.pdf")));
        Path cut = Files.write(checks.file("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
        Path garbage = Files.writeString(checks.file("garbage.pdf"), "%PDF-1.7\n" + "garbage ".repeat(200) + "\n%%EOF\n");

        assertRefused(cut, "is cut off", "%%EOF");
        assertThatThrownBy(() -> checks.run(check, garbage)).isInstanceOf(ArtifactException.class)
                .message().satisfiesAnyOf(m -> assertThat(m).contains("is not a readable PDF"), m -> assertThat(m).contains("has no pages"));
    }

    @Test
    void whatIsNotAPdfOrDocxIsRefusedWhateverItsName() throws Exception {
        assertRefused(Files.writeString(checks.file("notes.pdf"), "1 Scope\nplain text\n"), "not a PDF or DOCX", "text");
        assertRefused(Files.write(checks.file("empty.docx"), new byte[0]), "not a PDF or DOCX", "empty");
        Path zip = checks.file("archive.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("1 Scope".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip, "not a PDF or DOCX", "ZIP");
    }

    @Test
    void aPdfNamedDocxIsCheckedAsTheContentSays() throws Exception {
        Path pdfAsDocx = pdf().page("1 Scope").write(checks.file("report.docx"));
        assertThat(checks.run(check, pdfAsDocx).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aZipBombDocxIsRefusedBeforeItIsInflated() throws Exception {
        Path plain = docx().paragraph("1 Scope").write(checks.file("plain.docx"));
        byte[] spaces = new byte[20 << 20];
        Arrays.fill(spaces, (byte) ' ');
        Path bomb = DocumentFixtures.rezip(plain, checks.file("bomb.docx"), Map.of("word/media/padding.bin", spaces));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        long start = System.nanoTime();
        assertRefused(bomb, "word/media/padding.bin", "zip bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aDocxWithTooManyPartsIsRefused() throws Exception {
        Path plain = docx().paragraph("1 Scope").write(checks.file("plain.docx"));
        Limits few = new Limits(1_000, 256L << 20, 100, 5, 1L << 30, 100, Duration.ofMinutes(1));
        assertRefused(plain, few, "more than 5 parts");
    }

    @Test
    void aDoctypeInAnXmlPartIsRefusedAndPoiRefusesOneHiddenDeeper() throws Exception {
        Path plain = docx().paragraph("1 Scope").write(checks.file("plain.docx"));
        String document = new String(unzipPart(plain, "word/document.xml"), StandardCharsets.UTF_8);
        String body = document.substring(document.indexOf("?>") + 2);
        String entity = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

        Path xxe = DocumentFixtures.rezip(plain, checks.file("xxe.docx"), Map.of("word/document.xml",
                ("<?xml version=\"1.0\"?>" + entity + body.replace("1 Scope", "&xxe;")).getBytes(StandardCharsets.UTF_8)));
        assertRefused(xxe, "word/document.xml", "DOCTYPE");

        String hidden = "<?xml version=\"1.0\"?><!--" + "x".repeat(70_000) + "-->" + entity + body.replace("1 Scope", "&xxe;");
        Path deep = DocumentFixtures.rezip(plain, checks.file("deep.docx"), Map.of("word/document.xml", hidden.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> checks.run(check, deep)).isInstanceOf(ArtifactException.class)
                .hasMessageStartingWith("deep.docx is not a readable DOCX").hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void aTruncatedDocxIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(docx().paragraph("1 Scope").write(checks.file("whole.docx")));
        Path cut = Files.write(checks.file("cut.docx"), Arrays.copyOf(whole, whole.length * 2 / 3));
        assertRefused(cut, "not a readable DOCX");
    }

    @Test
    void moreThanMaxPagesIsRefusedBeforeAnyPageIsRead() throws Exception {
        PreparedCheck bounded = checks.prepare("max-pages: 2\nrules: [{id: text, type: text-present}]");
        Path three = pdf().page("a").page("b").page("c").write(checks.file("three.pdf"));
        assertThatThrownBy(() -> checks.run(bounded, three)).isInstanceOf(ArtifactException.class)
                .hasMessage("three.pdf has 3 pages; this check reads at most 2 (the profile's max-pages).");
    }

    @Test
    void aCheckPastItsTimeLimitStopsBetweenPages() throws Exception {
        Path pages = pdf().page("1 Scope").page("b").page("c").write(checks.file("pages.pdf"));
        assertThatThrownBy(() -> checks.run(check, pages, Limits.DEFAULT.withCheckTimeout(Duration.ZERO)))
                .isInstanceOf(InterruptedIOException.class);
    }

    private static byte[] unzipPart(Path zip, String part) throws Exception {
        try (var file = new java.util.zip.ZipFile(zip.toFile()); var in = file.getInputStream(file.getEntry(part))) {
            return in.readAllBytes();
        }
    }
}
