package org.normative.conformance.check.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.document.DocumentEvents.FieldValues;
import org.normative.conformance.result.Location;
import org.normative.conformance.submission.Artifact;

/**
 * Reads a PDF with PDFBox for the profile's rules: metadata, page count, bookmarks, then page by page the fonts and
 * the text. The file is read in place through a small cache (never whole into memory), streams PDFBox creates go
 * to temporary files, nothing is fetched from anywhere, and every page starts with a look at the time limit.
 */
final class PdfDocumentReader {

    /** A PDF ends with "%%EOF" within its last kilobyte; one that does not was cut off. */
    private static final int TAIL = 1_024;
    /** Largest XMP packet read; PDF/A packets are a few kilobytes. */
    private static final int MAX_XMP = 1 << 20;
    /** Bookmarks read: enough for any real table of contents. */
    private static final int MAX_BOOKMARKS = 10_000;
    private static final int MAX_BOOKMARK_DEPTH = 64;

    private final int maxPages;

    PdfDocumentReader(int maxPages) {
        this.maxPages = maxPages;
    }

    void read(Artifact artifact, CheckContext context, DocumentEvents events) throws ArtifactException, IOException {
        String name = artifact.name();
        try (RandomAccessRead source = new GuardedRandomAccessRead(new RandomAccessReadBufferedFile(artifact.file()), context)) {
            requireEnd(source, name);
            try (PDDocument document = load(source, name, context)) {
                if (document.isEncrypted()) {
                    throw new ArtifactException("document.encrypted", name);
                }
                int pages = document.getNumberOfPages();
                if (pages == 0) {
                    throw new ArtifactException("document.pdf.noPages", name);
                }
                if (pages > maxPages) {
                    throw new ArtifactException("document.tooManyPages", name, pages, maxPages);
                }
                events.pageCount(pages);
                events.metadata(metadata(document));
                bookmarks(document, name, events);
                pages(document, name, context, events);
            } catch (IOException | RuntimeException e) {
                context.checkpoint(); // a stopped read is the runner's to report, not a broken file
                throw broken(e, name);
            }
        }
    }

    private static void requireEnd(RandomAccessRead source, String name) throws IOException, ArtifactException {
        long length = source.length();
        source.seek(Math.max(0, length - TAIL));
        byte[] tail = new byte[(int) Math.min(TAIL, length)];
        int read = 0;
        while (read < tail.length) {
            int n = source.read(tail, read, tail.length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        if (!new String(tail, 0, read, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new ArtifactException("document.pdf.truncated", name);
        }
        source.seek(0);
    }

    private static PDDocument load(RandomAccessRead source, String name, CheckContext context) throws ArtifactException, IOException {
        try {
            return Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new ArtifactException(e, "document.encrypted", name);
        } catch (IOException | RuntimeException e) {
            context.checkpoint();
            throw broken(e, name);
        }
    }

    private static ArtifactException broken(Exception e, String name) {
        if (e instanceof ArtifactException refused) {
            return refused;
        }
        String detail = Failures.detail(e);
        return new ArtifactException(e, "document.pdf.broken", name, detail);
    }

    /** Info dictionary first, XMP second: PDF writers fill one or the other, PDF/A needs both to agree. */
    private static Map<MetadataField, FieldValues> metadata(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        Map<MetadataField, List<String>> xmp = xmp(catalog.getMetadata());
        Map<MetadataField, FieldValues> fields = new EnumMap<>(MetadataField.class);
        put(fields, MetadataField.TITLE, info.getTitle(), "PDF Info /Title", xmp, "XMP dc:title");
        put(fields, MetadataField.AUTHOR, info.getAuthor(), "PDF Info /Author", xmp, "XMP dc:creator");
        put(fields, MetadataField.SUBJECT, info.getSubject(), "PDF Info /Subject", xmp, "XMP dc:description");
        put(fields, MetadataField.KEYWORDS, info.getKeywords(), "PDF Info /Keywords", xmp, "XMP pdf:Keywords");
        put(fields, MetadataField.LANGUAGE, catalog.getLanguage(), "PDF catalog /Lang", xmp, "XMP dc:language");
        return fields;
    }

    private static void put(Map<MetadataField, FieldValues> fields, MetadataField field, String value, String source,
                            Map<MetadataField, List<String>> xmp, String xmpSource) {
        List<String> values = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (value != null && !value.isBlank()) {
            values.add(value.strip());
            sources.add(source);
        }
        if (xmp.containsKey(field)) {
            values.addAll(xmp.get(field));
            sources.add(xmpSource);
        }
        if (!values.isEmpty()) {
            fields.put(field, new FieldValues(values, String.join(", ", sources)));
        }
    }

    private static Map<MetadataField, List<String>> xmp(PDMetadata metadata) throws IOException {
        if (metadata == null) {
            return Map.of();
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            byte[] packet = in.readNBytes(MAX_XMP + 1);
            return packet.length > MAX_XMP ? Map.of() : XmpFields.read(packet);
        }
    }

    /** The outline, depth first: a PDF's headings proper, level 1 at the top. */
    private static void bookmarks(PDDocument document, String name, DocumentEvents events) throws IOException {
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Bookmark> stack = new ArrayDeque<>();
        stack.push(new Bookmark(outline.getFirstChild(), 1));
        long position = 0;
        while (!stack.isEmpty() && position < MAX_BOOKMARKS) {
            Bookmark top = stack.pop();
            PDOutlineItem item = top.item();
            int level = top.level();
            if (item == null || !seen.add(item.getCOSObject())) {
                continue; // the end of a list, or a loop of siblings in a hostile file
            }
            stack.push(new Bookmark(item.getNextSibling(), level));
            if (level < MAX_BOOKMARK_DEPTH) {
                stack.push(new Bookmark(item.getFirstChild(), level + 1));
            }
            String title = item.getTitle();
            if (title != null && !title.isBlank()) {
                events.heading(new TextBlock(title, position++, where(document, item, name)), level);
            }
        }
    }

    private record Bookmark(PDOutlineItem item, int level) {
    }

    private static Location where(PDDocument document, PDOutlineItem item, String name) {
        Location location = Location.of(name);
        try {
            PDPage page = item.findDestinationPage(document);
            int index = page == null ? -1 : document.getPages().indexOf(page);
            return index < 0 ? location : location.page(index + 1);
        } catch (IOException | RuntimeException e) {
            return location; // a bookmark to nowhere still names its section
        }
    }

    private static void pages(PDDocument document, String name, CheckContext context, DocumentEvents events) throws IOException {
        PdfFonts fonts = new PdfFonts(name, events);
        new PageTextStripper(context, (page, number, text) -> {
            fonts.scan(page, number);
            Location location = Location.of(name).page(number);
            events.text(new TextBlock(text, number, location));
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    events.line(new TextBlock(lines[i], ((long) number << 24) + i, location));
                }
            }
        }).read(document);
    }
}
