package org.normative.standards.check;

import java.util.List;

/**
 * The JSON shape of a {@link CheckReport}, as plain records whose component names are the field names:
 * <pre>
 * {"edition": {"code": "DG/T 0102", "label": "2026", "stage": "30.00"},
 *  "findings": [{"rule": "must-used", "severity": "WARNING", "message": "...",
 *                "location": {"clause": "paging", "number": "4.2", "heading": "Paging", "requirement": null,
 *                             "term": null, "reference": null}}],
 *  "counts": {"error": 0, "warning": 1, "info": 0}}
 * </pre>
 * Absent location fields are null; whether they are written is the serializer's choice.
 */
public record CheckReportJson(EditionJson edition, List<FindingJson> findings, CountsJson counts) {

    public CheckReportJson {
        findings = List.copyOf(findings);
    }

    /** {@code stage} is the harmonized stage code ("30.00"), null when unknown. */
    public record EditionJson(String code, String label, String stage) {
    }

    public record FindingJson(String rule, String severity, String message, Location location) {
    }

    public record CountsJson(int error, int warning, int info) {
    }
}
