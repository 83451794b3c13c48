package org.normative.standards.publishing.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Committee;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.publishing.ContentAssembler;
import org.normative.standards.publishing.DocumentParagraph;
import org.normative.standards.publishing.ImportedEdition;

/**
 * Reads a DOCX into an edition: the zip is looked through first ({@link DocxPackageScan}), then POI opens it
 * read-only and the body's paragraphs go, with their heading levels, to the {@link ContentAssembler}. A document
 * Normative wrote brings its standard, edition, committee and clause keys in its custom properties. Every failure is
 * a {@link StandardsException} with a message for people; nothing is read from outside the file.
 */
public final class DocxEditionReader {

    public ImportedEdition read(Path file) throws StandardsException {
        DocxPackageScan.scan(file);
        String name = String.valueOf(file.getFileName());
        OPCPackage opc;
        try {
            opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new StandardsException(e, "document.docx.broken", name, e.getMessage());
        }
        try (XWPFDocument document = new XWPFDocument(opc)) {
            Map<String, String> custom = customProperties(document);
            String code = custom.get(DocxManifest.CODE);
            ContentAssembler.Manifest manifest = manifest(custom);
            EditionContent content = new ContentAssembler(code, manifest).assemble(paragraphs(document));
            if (content.clauses().isEmpty()) {
                throw new StandardsException("document.docx.noHeadings", name);
            }
            String coreTitle = document.getProperties().getCoreProperties().getTitle();
            LocalizedText title = custom.containsKey(DocxManifest.TITLE_EN) || custom.containsKey(DocxManifest.TITLE_ZH)
                    ? LocalizedText.of(custom.get(DocxManifest.TITLE_EN), custom.get(DocxManifest.TITLE_ZH))
                    : coreTitle == null || coreTitle.isBlank() ? null : LocalizedText.of(coreTitle, null);
            Committee committee = custom.get(DocxManifest.COMMITTEE) == null ? null
                    : new Committee(custom.get(DocxManifest.COMMITTEE), LocalizedText.of(
                            custom.getOrDefault(DocxManifest.COMMITTEE_EN, custom.get(DocxManifest.COMMITTEE)),
                            custom.get(DocxManifest.COMMITTEE_ZH)), null);
            return new ImportedEdition(code, custom.get(DocxManifest.EDITION), title, committee, content);
        } catch (StandardsException e) {
            throw e;
        } catch (Exception e) {
            String detail = String.valueOf(e.getMessage());
            throw new StandardsException(e, detail.contains("Zip bomb") ? "document.docx.bomb" : "document.docx.broken",
                    name, detail, DocxPackageScan.LIMITS.maxRatio(), DocxPackageScan.LIMITS.maxUnpacked() >> 20);
        } finally {
            opc.revert();
        }
    }

    private static List<DocumentParagraph> paragraphs(XWPFDocument document) {
        XWPFStyles styles = document.getStyles();
        List<DocumentParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(new DocumentParagraph(DocxHeadings.level(paragraph, styles), paragraph.getStyleID(),
                        paragraph.getText()));
            }
        }
        return paragraphs;
    }

    private static Map<String, String> customProperties(XWPFDocument document) {
        Map<String, String> values = new LinkedHashMap<>();
        POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
        for (CTProperty property : custom.getUnderlyingProperties().getPropertyList()) {
            if (property.isSetLpwstr()) {
                values.put(property.getName(), property.getLpwstr());
            }
        }
        return values;
    }

    private static ContentAssembler.Manifest manifest(Map<String, String> custom) {
        String clauses = custom.get(DocxManifest.CLAUSES);
        if (clauses == null || clauses.isBlank()) {
            return ContentAssembler.Manifest.NONE;
        }
        Map<String, ContentAssembler.RequirementFacts> facts = new LinkedHashMap<>();
        for (String line : custom.getOrDefault(DocxManifest.REQUIREMENTS, "").split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4) {
                try {
                    facts.put(fields[0], new ContentAssembler.RequirementFacts(Obligation.valueOf(fields[1]),
                            fields[2].isEmpty() ? null : fields[2], Math.max(1, Integer.parseInt(fields[3]))));
                } catch (IllegalArgumentException e) {
                    // an edited or damaged line: the requirement's obligation is read from its statement instead
                }
            }
        }
        return new ContentAssembler.Manifest(List.of(clauses.strip().split("\\s+")), facts);
    }
}
