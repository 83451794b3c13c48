package org.normative.standards.links;

import java.util.List;

/**
 * The JSON shape of a {@link LinkCheckReport}, as plain records whose component names are the field names:
 * <pre>
 * {"problems": [
 *   {"kind": "dangling", "level": "ERROR", "message": "...", "source": "DG/T 0301@2024", "target": "DG/T 0999",
 *    "type": "NORMATIVE_REFERENCE", "cycle": null},
 *   {"kind": "cycle", "level": "ERROR", "message": "...", "source": null, "target": null, "type": null,
 *    "cycle": ["DG/T 0101", "DG/T 0102"]}]}
 * </pre>
 * {@code kind} is {@link LinkProblem.Kind#id()}, {@code level} a {@link LinkProblem.Level} name, {@code type} a
 * {@link LinkType} name. {@code source}, {@code target} and {@code type} are null for cycles; {@code cycle} is null
 * for everything else, and empty for the entry that counts the cycles not listed.
 */
public record LinkCheckReportJson(List<ProblemJson> problems) {

    public LinkCheckReportJson {
        problems = List.copyOf(problems);
    }

    public record ProblemJson(String kind, String level, String message, String source, String target, String type,
                              List<String> cycle) {
    }
}
