package org.normative.conformance.check.document;

import java.util.Locale;

/** The metadata a profile can require; for each, where the two formats keep it. */
enum MetadataField {
    TITLE("PDF Info /Title, XMP dc:title", "docProps/core.xml dc:title"),
    AUTHOR("PDF Info /Author, XMP dc:creator", "docProps/core.xml dc:creator"),
    SUBJECT("PDF Info /Subject, XMP dc:description", "docProps/core.xml dc:subject"),
    KEYWORDS("PDF Info /Keywords, XMP pdf:Keywords", "docProps/core.xml cp:keywords"),
    LANGUAGE("PDF catalog /Lang, XMP dc:language", "docProps/core.xml dc:language, the default language in word/styles.xml");

    private final String inPdf;
    private final String inDocx;

    MetadataField(String inPdf, String inDocx) {
        this.inPdf = inPdf;
        this.inDocx = inDocx;
    }

    /** The name profiles use: "title", "author", ... */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String whereIn(DocumentFormat format) {
        return format == DocumentFormat.PDF ? inPdf : inDocx;
    }

    static MetadataField of(String key) {
        for (MetadataField field : values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        return null;
    }
}
