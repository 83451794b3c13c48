package org.normative.standards.links;

import java.util.List;

/**
 * The JSON shape of an {@link ImpactReport}, as plain records whose component names are the field names:
 * <pre>
 * {"changed": "DG/T 0101@2023", "change": "REVISE",
 *  "affected": [{"standard": "DG/T 0301", "committee": "TC-SVC", "distance": 2,
 *                "path": "DG/T 0301 -> DG/T 0102 -> DG/T 0101", "via": "NORMATIVE_REFERENCE",
 *                "source": "DG/T 0301@2024", "target": "DG/T 0102", "dated": false}],
 *  "committees": ["TC-SVC"]}
 * </pre>
 * {@code change} and {@code via} are the names of {@link ChangeKind} and {@link LinkType}; {@code committee} is null
 * for a standard outside the library.
 */
public record ImpactReportJson(String changed, String change, List<AffectedJson> affected, List<String> committees) {

    public ImpactReportJson {
        affected = List.copyOf(affected);
        committees = List.copyOf(committees);
    }

    public record AffectedJson(String standard, String committee, int distance, String path, String via, String source,
                               String target, boolean dated) {
    }
}
