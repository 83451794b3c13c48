package org.normative.conformance.submission;

/** The media types the detector tells apart (IANA names; OOXML by their registered types). */
public final class MediaTypes {

    public static final String XML = "application/xml";
    public static final String JSON = "application/json";
    /** One JSON value per line (jsonlines.org, NDJSON); not IANA-registered, "application/jsonl" is the usual name. */
    public static final String JSON_LINES = "application/jsonl";
    public static final String YAML = "application/yaml";
    public static final String CSV = "text/csv";
    public static final String TSV = "text/tab-separated-values";
    public static final String TEXT = "text/plain";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String EMPTY = "application/x-empty";
    public static final String BINARY = "application/octet-stream";

    private MediaTypes() {
    }

    /** A short name for people: "XML", "PDF", "XLSX". */
    public static String shortName(String mediaType) {
        return switch (mediaType) {
            case XML -> "XML";
            case JSON -> "JSON";
            case JSON_LINES -> "JSON Lines";
            case YAML -> "YAML";
            case CSV -> "CSV";
            case TSV -> "TSV";
            case TEXT -> "text";
            case PDF -> "PDF";
            case ZIP -> "ZIP";
            case DOCX -> "DOCX";
            case XLSX -> "XLSX";
            case EMPTY -> "empty";
            default -> "binary";
        };
    }
}
