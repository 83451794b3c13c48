package org.normative.conformance.check.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.document.DocumentEvents.FieldValues;
import org.normative.conformance.result.Location;
import org.normative.standards.publishing.docx.DocxHeadings;
import org.normative.conformance.submission.Artifact;

/**
 * Reads a DOCX with POI for the profile's rules: core properties and default language, the page count Word
 * recorded, the embed-fonts setting, then the body's paragraphs (and those in its tables) in order, each with its
 * heading level where it has one. The zip is looked through first ({@link DocxPackageScan}); POI opens the stored
 * file read-only, inflating only the parts it reads, with its own zip-bomb guards as a second line.
 */
final class DocxDocumentReader {

    /** Paragraphs between two looks at the time limit. */
    private static final int CHECK_EVERY = 256;

    void read(Artifact artifact, CheckContext context, DocumentEvents events) throws ArtifactException, IOException {
        DocxPackageScan.scan(artifact, context);
        OPCPackage opc;
        try {
            opc = OPCPackage.open(artifact.file().toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw broken(e, artifact.name(), context);
        }
        try {
            XWPFDocument document = new XWPFDocument(opc);
            properties(document, events);
            events.fontEmbedding(embedsFonts(document));
            body(document, artifact.name(), context, events);
        } catch (IOException | RuntimeException e) {
            throw broken(e, artifact.name(), context);
        } finally {
            opc.revert(); // read-only: nothing to save
        }
    }

    private static ArtifactException broken(Exception e, String name, CheckContext context) throws IOException {
        context.checkpoint(); // a stopped read is the runner's to report, not a broken file
        String detail = Failures.detail(e);
        if (detail.contains("Zip bomb") || detail.contains("potentially malicious")) {
            return new ArtifactException(e, "document.docx.zipRefused", name, detail);
        }
        return new ArtifactException(e, "document.docx.broken", name, detail);
    }

    private static void properties(XWPFDocument document, DocumentEvents events) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Map<MetadataField, FieldValues> fields = new EnumMap<>(MetadataField.class);
        put(fields, MetadataField.TITLE, core.getTitle(), "docProps/core.xml dc:title");
        put(fields, MetadataField.AUTHOR, core.getCreator(), "docProps/core.xml dc:creator");
        put(fields, MetadataField.SUBJECT, core.getSubject(), "docProps/core.xml dc:subject");
        put(fields, MetadataField.KEYWORDS, core.getKeywords(), "docProps/core.xml cp:keywords");
        String language = core.getUnderlyingProperties().getLanguageProperty().orElse(null);
        if (language != null && !language.isBlank()) {
            put(fields, MetadataField.LANGUAGE, language, "docProps/core.xml dc:language");
        } else {
            List<String> defaults = defaultLanguages(document.getStyles());
            if (!defaults.isEmpty()) {
                fields.put(MetadataField.LANGUAGE, new FieldValues(defaults, "word/styles.xml w:docDefaults w:lang"));
            }
        }
        events.metadata(fields);
        POIXMLProperties.ExtendedProperties extended = properties.getExtendedProperties();
        boolean counted = extended != null && extended.getUnderlyingProperties().isSetPages()
                && extended.getPages() > 0;
        events.pageCount(counted ? extended.getPages() : null);
    }

    private static void put(Map<MetadataField, FieldValues> fields, MetadataField field, String value, String source) {
        if (value != null && !value.isBlank()) {
            fields.put(field, new FieldValues(List.of(value.strip()), source));
        }
    }

    /** The languages of the default run properties: Latin text, East Asian text (a Chinese document's "zh-CN"). */
    private static List<String> defaultLanguages(XWPFStyles styles) {
        List<String> languages = new ArrayList<>();
        CTRPr defaults = styles == null || styles.getDefaultRunStyle() == null ? null : styles.getDefaultRunStyle().getRPr();
        if (defaults != null) {
            for (CTLanguage language : defaults.getLangList()) {
                for (String value : new String[] {language.getVal(), language.getEastAsia()}) {
                    if (value != null && !value.isBlank() && !languages.contains(value)) {
                        languages.add(value);
                    }
                }
            }
        }
        return languages;
    }

    private static boolean embedsFonts(XWPFDocument document) {
        CTSettings settings = document.getSettings() == null ? null : document.getSettings().getCTSettings();
        return settings != null && settings.isSetEmbedTrueTypeFonts()
                && POIXMLUnits.parseOnOff(settings.getEmbedTrueTypeFonts());
    }

    private static void body(XWPFDocument document, String name, CheckContext context, DocumentEvents events)
            throws IOException {
        XWPFStyles styles = document.getStyles();
        int paragraphs = 0;
        int tables = 0;
        int sdts = 0;
        long position = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (position % CHECK_EVERY == 0) {
                context.checkpoint();
            }
            if (element instanceof XWPFParagraph paragraph) {
                Location location = Location.of(name).xpath("/w:document/w:body/w:p[" + ++paragraphs + "]");
                TextBlock block = new TextBlock(paragraph.getText(), position++, location);
                events.text(block);
                events.line(block);
                Integer level = headingLevel(paragraph, styles);
                if (level != null) {
                    events.heading(block, level);
                }
            } else if (element instanceof XWPFTable table) {
                Location location = Location.of(name).xpath("/w:document/w:body/w:tbl[" + ++tables + "]");
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        TextBlock block = new TextBlock(cell.getText(), position++, location);
                        events.text(block);
                        events.line(block);
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                Location location = Location.of(name).xpath("/w:document/w:body/w:sdt[" + ++sdts + "]");
                TextBlock block = new TextBlock(control.getContent().getText(), position++, location);
                events.text(block);
                events.line(block);
            }
        }
    }

    /** The heading level of a paragraph, 1 at the top, 0 for a title, or null for body text. */
    static Integer headingLevel(XWPFParagraph paragraph, XWPFStyles styles) {
        return DocxHeadings.level(paragraph, styles);
    }
}
