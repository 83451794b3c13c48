package org.normative.standards.diff;

import java.util.List;

/**
 * The JSON form of a diff, as plain records that any JSON mapper writes field by field:
 *
 * <pre>
 * {"from": {"standard", "edition", "stage"}, "to": {...},
 *  "changes": [{"subject", "type", "key", "before", "after", "significant", "details": [...],
 *               "wordDiff": [{"kind", "text"}]}],
 *  "summary": {"total", "significant", "clauses": {"added", "removed", "moved", "changed"}, "requirements": {...},
 *              "terms": {...}, "references": {...}}}
 * </pre>
 *
 * Enumerations are written as their names ({@code "REQUIREMENT"}, {@code "CHANGED"}, {@code "INSERTED"}); absent
 * labels and an undated stage are null; {@code details} and {@code wordDiff} are always arrays. The library holds no
 * JSON library here (its architecture rules keep Jackson in the demo package); the caller serializes, for example
 * {@code new ObjectMapper().writeValueAsString(EditionDiffJson.of(from, to, diff))}.
 */
public record EditionDiffJson(Side from, Side to, List<Entry> changes, Summary summary) {

    public record Side(String standard, String edition, String stage) {
    }

    public record Entry(String subject, String type, String key, String before, String after, boolean significant,
                        List<String> details, List<Segment> wordDiff) {
    }

    public record Segment(String kind, String text) {
    }

    public record Summary(int total, int significant, Counts clauses, Counts requirements, Counts terms,
                          Counts references) {
    }

    public record Counts(int added, int removed, int moved, int changed) {
    }

    public EditionDiffJson {
        changes = List.copyOf(changes);
    }

    public static EditionDiffJson of(ComparedEdition from, ComparedEdition to, EditionDiff diff) {
        List<Entry> entries = diff.changes().stream()
                .map(c -> new Entry(c.subject().name(), c.type().name(), c.key(), c.beforeLabel(), c.afterLabel(),
                        c.significant(), c.details(),
                        c.wordDiff().stream().map(s -> new Segment(s.kind().name(), s.text())).toList()))
                .toList();
        Summary summary = new Summary(diff.changes().size(), diff.significantCount(),
                counts(diff, Change.Subject.CLAUSE), counts(diff, Change.Subject.REQUIREMENT),
                counts(diff, Change.Subject.TERM), counts(diff, Change.Subject.REFERENCE));
        return new EditionDiffJson(side(from), side(to), entries, summary);
    }

    private static Side side(ComparedEdition ref) {
        return new Side(ref.standardCode(), ref.editionLabel(), ref.stageCode());
    }

    private static Counts counts(EditionDiff diff, Change.Subject subject) {
        return new Counts(diff.count(subject, ChangeType.ADDED), diff.count(subject, ChangeType.REMOVED),
                diff.count(subject, ChangeType.MOVED), diff.count(subject, ChangeType.CHANGED));
    }
}
