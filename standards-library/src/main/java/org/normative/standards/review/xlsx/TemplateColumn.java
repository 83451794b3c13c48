package org.normative.standards.review.xlsx;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the ISO commenting template, as the exporter writes them and as the importer recognises them in
 * real-world templates: headers with footnote marks ("MB/NC¹"), examples ("Line number (e.g. 17)"), line breaks,
 * other spacing, or in Chinese. {@link #DISPOSITION} is Normative's own addition after the template's columns.
 */
enum TemplateColumn {
    MEMBER_BODY("MB/NC"),
    LINE("Line number"),
    CLAUSE("Clause/Subclause"),
    PARAGRAPH("Paragraph/Figure/Table/Note"),
    TYPE("Type of comment (ge/te/ed)"),
    COMMENT("Comments"),
    PROPOSED_CHANGE("Proposed change"),
    OBSERVATIONS("Observations of the secretariat"),
    DISPOSITION("Disposition");

    private final String header;

    TemplateColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** The column a header cell names, if any. */
    static Optional<TemplateColumn> recognise(String cell) {
        String h = normalise(cell);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (h.startsWith("mb") || h.startsWith("nc") || h.contains("member body") || h.contains("成员")) {
            return Optional.of(MEMBER_BODY);
        }
        if (h.startsWith("line") || h.startsWith("行号")) {
            return Optional.of(LINE);
        }
        if (h.startsWith("clause") || h.startsWith("章条") || h.startsWith("条款")) {
            return Optional.of(CLAUSE);
        }
        if (h.startsWith("paragraph") || h.startsWith("段")) {
            return Optional.of(PARAGRAPH);
        }
        if (h.startsWith("type") || h.contains("comment type") || h.contains("类型")) {
            return Optional.of(TYPE);
        }
        if (h.startsWith("proposed") || h.startsWith("建议")) {
            return Optional.of(PROPOSED_CHANGE);
        }
        if (h.startsWith("observation") || h.contains("秘书处")) {
            return Optional.of(OBSERVATIONS);
        }
        if (h.startsWith("disposition") || h.startsWith("处理")) {
            return Optional.of(DISPOSITION);
        }
        if (h.equals("comment") || h.equals("comments") || h.equals("意见") || h.equals("comments/意见")) {
            return Optional.of(COMMENT);
        }
        return Optional.empty();
    }

    /** Lower case, without footnote marks, examples in brackets, or extra spaces (also around slashes). */
    private static String normalise(String cell) {
        String h = cell == null ? "" : cell.toLowerCase(Locale.ROOT);
        h = h.replaceAll("\\([^)]*\\)|（[^）]*）", " ").replaceAll("[¹²³⁴*:：]", " ");
        h = h.replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/").strip();
        return h.replaceAll("\\d+$", "").strip();
    }
}
