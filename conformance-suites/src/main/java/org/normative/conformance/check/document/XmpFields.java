package org.normative.conformance.check.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.normative.conformance.check.Limits;
import org.normative.conformance.input.xml.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Dublin Core fields of a PDF's XMP metadata packet, read with the hardened XML reader: the second place a PDF
 * keeps its title, author and language, and the only one PDF/A requires. A packet that is not safe, well-formed
 * XML gives nothing; the Info dictionary still counts.
 */
final class XmpFields extends DefaultHandler {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final Map<MetadataField, List<String>> fields = new EnumMap<>(MetadataField.class);
    private final StringBuilder text = new StringBuilder();
    private MetadataField current;

    static Map<MetadataField, List<String>> read(byte[] packet) {
        XmpFields handler = new XmpFields();
        XMLReader reader = new SafeXml(Limits.DEFAULT).newReader();
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(packet)));
        } catch (IOException | SAXException e) {
            return Map.of();
        }
        return handler.fields;
    }

    private static MetadataField field(String uri, String local) {
        if (DC.equals(uri)) {
            return switch (local) {
                case "title" -> MetadataField.TITLE;
                case "creator" -> MetadataField.AUTHOR;
                case "description" -> MetadataField.SUBJECT;
                case "language" -> MetadataField.LANGUAGE;
                default -> null;
            };
        }
        return PDF.equals(uri) && "Keywords".equals(local) ? MetadataField.KEYWORDS : null;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
        if (RDF.equals(uri) && "Description".equals(local)) {
            for (int i = 0; i < attributes.getLength(); i++) {
                MetadataField field = field(attributes.getURI(i), attributes.getLocalName(i));
                if (field != null) {
                    add(field, attributes.getValue(i));
                }
            }
        }
        MetadataField field = field(uri, local);
        if (field != null) {
            current = field;
        }
        text.setLength(0);
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        if (current != null) {
            text.append(chars, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (current != null && (RDF.equals(uri) && "li".equals(local) || field(uri, local) == current)) {
            add(current, text.toString());
        }
        if (field(uri, local) != null) {
            current = null;
        }
        text.setLength(0);
    }

    private void add(MetadataField field, String value) {
        if (!value.isBlank()) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value.strip());
        }
    }
}
