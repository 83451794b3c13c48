package org.normative.conformance.result;

/**
 * Where in an artifact a finding is (DESIGN.md, "Finding"). Every part is optional; a check fills in what its
 * format has: line and column for text formats, the JSON pointer or XPath for trees, row and field for tables,
 * the page for documents.
 */
public record Location(String artifact, Integer line, Integer column, String pointer, String xpath, Long row, String field,
                       Integer page) {

    public static Location of(String artifact) {
        return new Location(artifact, null, null, null, null, null, null, null);
    }

    public Location at(int line, int column) {
        return new Location(artifact, line > 0 ? line : null, column > 0 ? column : null, pointer, xpath, row, field, page);
    }

    public Location pointer(String jsonPointer) {
        return new Location(artifact, line, column, jsonPointer, xpath, row, field, page);
    }

    public Location xpath(String path) {
        return new Location(artifact, line, column, pointer, path, row, field, page);
    }

    public Location cell(long tableRow, String tableField) {
        return new Location(artifact, line, column, pointer, xpath, tableRow, tableField, page);
    }

    public Location page(int documentPage) {
        return new Location(artifact, line, column, pointer, xpath, row, field, documentPage);
    }

    /** A short human form: {@code invoice.xml:12:5 /Invoice/cbc:ID}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(artifact == null ? "" : artifact);
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        if (row != null) {
            text.append(" row ").append(row);
        }
        if (field != null) {
            text.append(" [").append(field).append(']');
        }
        if (page != null) {
            text.append(" page ").append(page);
        }
        if (pointer != null) {
            text.append(' ').append(pointer.isEmpty() ? "/" : pointer);
        }
        if (xpath != null) {
            text.append(' ').append(xpath);
        }
        return text.toString().trim();
    }
}
