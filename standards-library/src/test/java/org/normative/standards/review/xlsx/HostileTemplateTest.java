package org.normative.standards.review.xlsx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.StandardsException;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.ReviewComment;

/** Files that only pretend to be commenting templates are refused as a whole, with a message that says why. */
class HostileTemplateTest {

    @TempDir
    Path temp;

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> new CommentTemplateReader().read(file)).isInstanceOf(StandardsException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws Exception {
        Path text = Files.writeString(temp.resolve("comments.xlsx"), "MB/NC,Comments\nCN,hello\n");
        Path empty = Files.write(temp.resolve("empty.xlsx"), new byte[0]);

        assertRefused(text, "review.xlsx.notXlsx");
        assertRefused(empty, "review.xlsx.notXlsx");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws Exception {
        Path whole = template();
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(temp.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(truncated, "review.xlsx.notXlsx");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path bomb = temp.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertRefused(bomb, "review.xlsx.bomb");
    }

    @Test
    void aWorkbookWithAnExternalEntityIsRefused() throws Exception {
        Path xxe = rewriteSheet(template(), xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("Hello", "&xxe;"));

        assertRefused(xxe, "review.xlsx.doctype");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws Exception {
        Path huge = temp.resolve("huge.xlsx");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(new byte[] {'P', 'K', 3, 4});
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i <= XlsxGate.MAX_FILE_BYTES / block.length; i++) {
                out.write(block);
            }
        }

        assertRefused(huge, "review.xlsx.tooLarge");
    }

    @Test
    void aWorkbookWithoutTheTemplateHeaderIsRefused() throws Exception {
        Path other = temp.resolve("other.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Amount");
            workbook.write(out);
        }

        assertRefused(other, "review.xlsx.noHeader");
    }

    private Path template() throws StandardsException {
        Path file = temp.resolve("template.xlsx");
        new CommentTemplateWriter().write(List.of(new ReviewComment(1, 1, new CommentEntry("CN", "1", "1", "",
                CommentType.GENERAL, "Hello", "", ""), null, null, "", null, null, 0)), file);
        return file;
    }

    /** A copy of the workbook with its first sheet's XML (and its shared strings, inlined) rewritten. */
    private Path rewriteSheet(Path source, java.util.function.UnaryOperator<String> change) throws IOException {
        Path target = temp.resolve("rewritten.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml") || entry.getName().equals("xl/sharedStrings.xml")) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
