package org.normative.standards.publishing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.publishing.DemoEditions;
import org.normative.standards.publishing.DemoEditionsTest;
import org.normative.standards.publishing.ImportedEdition;

/** DOCX import: the round trip of Normative's own DOCX, a hand-made document, and hostile files refused cleanly. */
class DocxEditionReaderTest extends DemoEditionsTest {

    @Test
    void exportThenImportKeepsClausesAndRequirements() throws Exception {
        for (String name : List.of("DG/T 0102@2026", "DG/T 0101@2026", "DG/T 0001@2024")) {
            EditionContent original = demo.document(name).editions().get(0).content();
            ImportedEdition imported = new DocxEditionReader().read(export(name, Locale.ENGLISH));
            assertThat(imported.code()).isEqualTo(name.substring(0, name.indexOf('@')));
            assertThat(imported.label()).isEqualTo(name.substring(name.indexOf('@') + 1));
            assertThat(imported.committee().code()).isEqualTo(demo.document(name).committee().code());
            assertThat(imported.content().clauses()).as(name).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?id")
                    .isEqualTo(original.clauses());
            assertThat(imported.content().requirements()).as(name).isEqualTo(original.requirements());
            // terms are shown (and come back) in a terms clause that does not hold them as subclauses already
            boolean termsShown = original.clauses().stream().anyMatch(c -> c.key().equals("terms") && c.children().isEmpty());
            assertThat(imported.content().terms().stream().map(t -> t.term() + ": " + t.definition())).as(name)
                    .containsExactlyElementsOf(termsShown ? original.terms().stream()
                            .map(t -> t.term() + ": " + t.definition()).toList() : List.of());
        }
    }

    @Test
    void theReferencesClauseBecomesReferences() throws Exception {
        ImportedEdition imported = new DocxEditionReader().read(export("DG/T 0101@2026", null));
        assertThat(imported.content().references()).extracting(r -> r.citation())
                .containsExactly("GB/T 18391.1-2009", "DG/T 0001-2024");
        assertThat(imported.content().references().get(1).title()).isEqualTo("数字政府 术语");
    }

    @Test
    void anImportedDocumentGoesIntoTheWorkspaceAsTheNextDraftEdition() throws Exception {
        ImportedEdition imported = new DocxEditionReader().read(export("DG/T 0102@2026", null)).as("DG/T 0102", "2027");
        var located = demo.service().importEdition(imported, null);
        assertThat(located.edition().stage()).isEqualTo(Stage.WORKING_DRAFT);
        assertThat(located.edition().revisesLabel()).isEqualTo("2023");
        assertThat(demo.service().content(new EditionRef("DG/T 0102", "2027")).requirements())
                .isEqualTo(imported.content().requirements());
    }

    @Test
    void aPublishedEditionIsNotOverwrittenByAnImport() throws Exception {
        ImportedEdition imported = new DocxEditionReader().read(export("DG/T 0102@2026", null)).as("DG/T 0102", "2023");
        EditionContent before = demo.service().content(new EditionRef("DG/T 0102", "2023"));
        assertThatThrownBy(() -> demo.service().importEdition(imported, null))
                .isInstanceOf(StandardsException.class).extracting(e -> ((StandardsException) e).messageKey())
                .isEqualTo("edition.immutable");
        assertThat(demo.service().content(new EditionRef("DG/T 0102", "2023"))).isEqualTo(before);
    }

    @Test
    void aHandMadeDocumentGivesClausesTermsAndRequirementsFromItsVerbalForms() throws Exception {
        Path file = temp.resolve("hand-made.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            HandMade.heading(docx, 1, "1 Scope");
            HandMade.body(docx, "This document specifies open data portals.");
            HandMade.heading(docx, 1, "2 Terms and definitions");
            HandMade.body(docx, "For the purposes of this document, the following terms apply.");
            HandMade.heading(docx, 2, "2.1 data portal");
            HandMade.body(docx, "A web site through which a government body publishes data sets.");
            HandMade.body(docx, "[SOURCE: DG/T 0001-2024, 3.2]");
            HandMade.heading(docx, 1, "3 Portal");
            HandMade.heading(docx, 2, "3.1 Search");
            HandMade.body(docx, "A portal shall offer a full-text search. It should rank recent data sets first.");
            HandMade.body(docx, "门户应提供数据集的下载统计。");
            HandMade.body(docx, "Search results are shown in pages.");
            docx.write(out);
        }
        ImportedEdition imported = new DocxEditionReader().read(file);
        assertThat(imported.code()).isNull();
        List<Clause> clauses = imported.content().clauses();
        assertThat(clauses).extracting(Clause::number, Clause::key, Clause::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "scope", "Scope"),
                        org.assertj.core.groups.Tuple.tuple("2", "terms-and-definitions", "Terms and definitions"),
                        org.assertj.core.groups.Tuple.tuple("3", "portal", "Portal"));
        assertThat(clauses.get(1).children()).isEmpty();
        assertThat(clauses.get(2).children()).extracting(Clause::number, Clause::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.1", "Search"));
        assertThat(imported.content().terms()).singleElement().satisfies(t -> {
            assertThat(t.term()).isEqualTo("data portal");
            assertThat(t.definition()).isEqualTo("A web site through which a government body publishes data sets.");
            assertThat(t.source()).isEqualTo("DG/T 0001-2024, 3.2");
        });
        assertThat(imported.content().requirements()).extracting(Requirement::id, Requirement::statement,
                Requirement::obligation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/req/document/search", "A portal shall offer a full-text search.", Obligation.SHALL),
                org.assertj.core.groups.Tuple.tuple("/req/document/search-2", "It should rank recent data sets first.", Obligation.SHOULD),
                org.assertj.core.groups.Tuple.tuple("/req/document/search-3", "门户应提供数据集的下载统计。", Obligation.SHALL));
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithAClearMessage() throws Exception {
        assertRefused(write("not-a-docx.docx", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), "document.docx.notDocx");
        assertRefused(write("broken.docx", java.util.Arrays.copyOf(Files.readAllBytes(export("DG/T 0102@2026", null)), 2000)),
                "document.docx.broken");
        assertRefused(zip("xxe.docx", "word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "&x;</w:document>").getBytes(StandardCharsets.UTF_8)), "document.docx.doctype");
        assertRefused(zip("bomb.docx", "word/document.xml", new byte[50 << 20]), "document.docx.bomb");
        assertRefused(zip("no-document.docx", "hello.txt", "hello".getBytes(StandardCharsets.US_ASCII)),
                "document.docx.noDocument");
        assertRefused(encrypted(), "document.docx.encrypted");
        StandardsException refusal = refusal(write("not-a-docx.docx", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(refusal.userMessage(Locale.SIMPLIFIED_CHINESE)).contains("不是 Word 文档");
    }

    private static void assertRefused(Path file, String key) {
        assertThat(refusal(file).messageKey()).as(file.getFileName().toString()).isEqualTo(key);
    }

    private static StandardsException refusal(Path file) {
        try {
            new DocxEditionReader().read(file);
        } catch (StandardsException e) {
            return e;
        }
        throw new AssertionError(file + " was read");
    }

    private static Path export(String edition, Locale language) throws Exception {
        Path file = temp.resolve(edition.replaceAll("[^A-Za-z0-9]+", "-") + "-" + language + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxEditionWriter().write(demo.edition(edition, language), out);
        }
        return file;
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }

    private static Path zip(String name, String part, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write(content);
        }
        return write(name, bytes.toByteArray());
    }

    /** A DOCX encrypted with a password, as Word saves it: an OLE2 container, not a zip. */
    private static Path encrypted() throws Exception {
        Path file = temp.resolve("encrypted.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(Files.readAllBytes(export("DG/T 0102@2026", null)));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }
}
