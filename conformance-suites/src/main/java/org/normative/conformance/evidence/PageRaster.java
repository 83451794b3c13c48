package org.normative.conformance.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.normative.conformance.ConformanceException;

/**
 * One page of a PDF artifact rendered to pixels (ARGB, row by row), for the evidence viewer. PDFBox reads the file
 * by random access, so only what the page needs is parsed.
 */
public record PageRaster(int page, int pageCount, int width, int height, int[] argb) {

    /** Renders {@code page} (from 1; clamped to the document) at {@code dpi}. */
    public static PageRaster render(Path file, int page, float dpi) throws ConformanceException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new ConformanceException("evidence.noPages", file.getFileName());
            }
            int shown = Math.min(Math.max(1, page), count);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(shown - 1, dpi);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new PageRaster(shown, count, image.getWidth(), image.getHeight(), pixels);
        } catch (IOException | RuntimeException e) {
            throw new ConformanceException(e, "evidence.pdfUnreadable", file.getFileName(), String.valueOf(e.getMessage()));
        }
    }
}
