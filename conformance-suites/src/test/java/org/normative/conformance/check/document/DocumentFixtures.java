package org.normative.conformance.check.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** PDFs and DOCX files made in the tests, with PDFBox and POI: small, exact, and nothing large committed. */
final class DocumentFixtures {

    /** A CJK font with Latin glyphs too (Debian fonts-wqy-microhei), embedded as a subset. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private DocumentFixtures() {
    }

    enum Font { EMBEDDED, STANDARD_14, CJK }

    /** A PDF, page by page: lines of text, or a page that is only a picture (a scan without OCR). */
    static final class Pdf {
        private final List<List<String>> pages = new ArrayList<>();
        private final List<String[]> bookmarks = new ArrayList<>();
        private Font font = Font.EMBEDDED;
        private String title;
        private String author;
        private String language;
        private String xmpTitle;
        private String userPassword;
        private String ownerPassword;
        private TrueTypeCollection collection;

        Pdf page(String... lines) {
            pages.add(List.of(lines));
            return this;
        }

        /** A page with an image and no text, as a scanner makes it. */
        Pdf scannedPage() {
            pages.add(null);
            return this;
        }

        Pdf font(Font which) {
            this.font = which;
            return this;
        }

        Pdf title(String value) {
            this.title = value;
            return this;
        }

        Pdf author(String value) {
            this.author = value;
            return this;
        }

        Pdf language(String value) {
            this.language = value;
            return this;
        }

        /** A title in the XMP packet only, not in the Info dictionary. */
        Pdf xmpTitle(String value) {
            this.xmpTitle = value;
            return this;
        }

        /** A bookmark to a page (1-based) at a level (1 at the top). */
        Pdf bookmark(int level, String text, int page) {
            bookmarks.add(new String[] {String.valueOf(level), text, String.valueOf(page)});
            return this;
        }

        Pdf encrypted(String user, String owner) {
            this.userPassword = user;
            this.ownerPassword = owner;
            return this;
        }

        Path write(Path file) throws IOException {
            try (PDDocument document = new PDDocument()) {
                PDFont pdfFont = font(document);
                for (List<String> lines : pages) {
                    PDPage page = new PDPage();
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        if (lines == null) {
                            BufferedImage scan = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
                            scan.getGraphics().drawString("scan", 5, 40);
                            content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 300, 300, 400);
                            continue;
                        }
                        content.beginText();
                        content.setFont(pdfFont, 12);
                        content.newLineAtOffset(72, 720);
                        content.setLeading(16);
                        for (String line : lines) {
                            content.showText(line);
                            content.newLine();
                        }
                        content.endText();
                    }
                }
                document.getDocumentInformation().setTitle(title);
                document.getDocumentInformation().setAuthor(author);
                document.getDocumentInformation().setCreationDate(Calendar.getInstance());
                document.getDocumentCatalog().setLanguage(language);
                if (xmpTitle != null) {
                    PDMetadata metadata = new PDMetadata(document);
                    metadata.importXMPMetadata(xmp(xmpTitle).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    document.getDocumentCatalog().setMetadata(metadata);
                }
                outline(document);
                if (ownerPassword != null) {
                    StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    document.protect(policy);
                }
                document.save(file.toFile());
            } finally {
                if (collection != null) {
                    collection.close();
                }
            }
            return file;
        }

        private PDFont font(PDDocument document) throws IOException {
            return switch (font) {
                case STANDARD_14 -> new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                case EMBEDDED -> {
                    try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                        yield PDType0Font.load(document, in);
                    }
                }
                case CJK -> {
                    // left open until the document is saved: the subset is cut from it then
                    collection = new TrueTypeCollection(CJK_FONT.toFile());
                    yield PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHei"), true);
                }
            };
        }

        private void outline(PDDocument document) {
            if (bookmarks.isEmpty()) {
                return;
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            PDOutlineItem[] parents = new PDOutlineItem[10];
            for (String[] bookmark : bookmarks) {
                int level = Integer.parseInt(bookmark[0]);
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(bookmark[1]);
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(document.getPage(Integer.parseInt(bookmark[2]) - 1));
                item.setDestination(destination);
                if (level == 1) {
                    outline.addLast(item);
                } else {
                    parents[level - 1].addLast(item);
                }
                parents[level] = item;
            }
        }

        private static String xmp(String title) {
            return """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                    </rdf:Description></rdf:RDF></x:xmpmeta>
                    <?xpacket end="w"?>""".formatted(title);
        }
    }

    static Pdf pdf() {
        return new Pdf();
    }

    /** A DOCX: headings by style or outline level, paragraphs, core properties, a page count, the embed-fonts flag. */
    static final class Docx {
        private final List<Consumer<XWPFDocument>> body = new ArrayList<>();
        private String title;
        private String author;
        private String language;
        private Integer pages;
        private boolean embedFonts;

        /** A paragraph in the built-in style "heading N". */
        Docx heading(int level, String text) {
            body.add(document -> {
                ensureHeadingStyle(document, level);
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle("Heading" + level);
                paragraph.createRun().setText(text);
            });
            return this;
        }

        /** A paragraph with a direct outline level, in no heading style. */
        Docx outlined(int level, String text) {
            body.add(document -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
                paragraph.createRun().setText(text);
            });
            return this;
        }

        Docx paragraph(String text) {
            body.add(document -> document.createParagraph().createRun().setText(text));
            return this;
        }

        Docx table(String... cells) {
            body.add(document -> {
                var table = document.createTable(1, cells.length);
                for (int i = 0; i < cells.length; i++) {
                    table.getRow(0).getCell(i).setText(cells[i]);
                }
            });
            return this;
        }

        Docx title(String value) {
            this.title = value;
            return this;
        }

        Docx author(String value) {
            this.author = value;
            return this;
        }

        Docx language(String value) {
            this.language = value;
            return this;
        }

        /** The page count Word records in docProps/app.xml. */
        Docx pages(int count) {
            this.pages = count;
            return this;
        }

        Docx embedFonts() {
            this.embedFonts = true;
            return this;
        }

        Path write(Path file) throws IOException {
            try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                body.forEach(part -> part.accept(document));
                var core = document.getProperties().getCoreProperties();
                core.setTitle(title);
                core.setCreator(author);
                if (language != null) {
                    core.getUnderlyingProperties().setLanguageProperty(language);
                }
                if (pages != null) {
                    document.getProperties().getExtendedProperties().setPages(pages);
                }
                if (embedFonts) {
                    document.getSettings().getCTSettings().addNewEmbedTrueTypeFonts();
                }
                document.write(out);
            }
            return file;
        }

        private static void ensureHeadingStyle(XWPFDocument document, int level) {
            XWPFStyles styles = document.createStyles();
            String id = "Heading" + level;
            if (styles.styleExist(id)) {
                return;
            }
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    static Docx docx() {
        return new Docx();
    }

    /** A DOCX encrypted with a password, as Word saves it: an OLE2 file holding the encrypted package. */
    static Path encryptedDocx(Path plain, Path file) throws Exception {
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(ole); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                ole.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A copy of a zip with some parts replaced or added (name to content). */
    static Path rezip(Path source, Path file, Map<String, byte[]> replaced) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (replaced.containsKey(entry.getName())) {
                    out.write(replaced.get(entry.getName()));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            for (var part : replaced.entrySet()) {
                if (zip.getEntry(part.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(part.getKey()));
                    out.write(part.getValue());
                    out.closeEntry();
                }
            }
        }
        return file;
    }
}
