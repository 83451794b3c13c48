package org.normative.conformance.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.StandardsException;

/** The evidence viewer's page of a PDF: the page asked for, at the size asked for, clamped, and a plain refusal. */
class PageRasterTest {

    @TempDir
    Path temp;

    @Test
    void thePageOfAFindingIsRenderedAndAPageBeyondTheEndShowsTheLast() throws Exception {
        Path pdf = temp.resolve("three-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (i == 2) { // only page 2 has ink
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.addRect(100, 400, 300, 200);
                        content.fill();
                    }
                }
            }
            document.save(pdf.toFile());
        }

        PageRaster second = PageRaster.render(pdf, 2, 36);
        PageRaster beyond = PageRaster.render(pdf, 9, 36);
        PageRaster first = PageRaster.render(pdf, 1, 36);

        assertThat(second.page()).isEqualTo(2);
        assertThat(second.pageCount()).isEqualTo(3);
        assertThat(second.width()).as("A4 at 36 dpi: half its width in points").isBetween(297, 298);
        assertThat(second.argb()).hasSize(second.width() * second.height());
        assertThat(Arrays.stream(second.argb()).filter(p -> (p & 0xFFFFFF) == 0).count()).isGreaterThan(1000);
        assertThat(Arrays.stream(first.argb()).filter(p -> (p & 0xFFFFFF) == 0).count()).isZero();
        assertThat(beyond.page()).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWithItsName() throws Exception {
        Path fake = Files.writeString(temp.resolve("report.pdf"), "<html>not a pdf</html>");

        assertThatThrownBy(() -> PageRaster.render(fake, 1, 36)).isInstanceOfSatisfying(StandardsException.class,
                e -> assertThat(e.messageKey()).isEqualTo("evidence.pdfUnreadable"));
    }
}
