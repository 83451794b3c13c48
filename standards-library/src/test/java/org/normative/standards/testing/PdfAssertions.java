package org.normative.standards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** What every PDF Normative writes must satisfy (shared through this module's test jar). */
public final class PdfAssertions {

    private PdfAssertions() {
    }

    /** Every font of every page is the bundled WenQuanYi Micro Hei, embedded; at least one font per page. */
    public static void assertOnlyTheBundledFontEmbedded(PDDocument pdf) throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("WenQuanYiMicroHei");
                fonts++;
            }
        }
        assertThat(fonts).isGreaterThanOrEqualTo(pdf.getNumberOfPages());
    }
}
