package org.normative.conformance.check.document;

import java.util.Map;
import org.normative.conformance.check.document.DocumentEvents.FieldValues;

/**
 * {@code type: metadata}: the document sets a metadata field (title, author, subject, keywords, language), and,
 * with {@code match}, one of its values matches a pattern (e.g. the language {@code {regex: "zh(-CN)?"}}).
 */
record MetadataRule(Basics basics, MetadataField field, TextPattern match) implements ProfileRule {

    @Override
    public Run start(RuleReporter reporter) {
        return new Run() {
            @Override
            public void metadata(Map<MetadataField, FieldValues> fields) {
                FieldValues found = fields.get(field);
                if (found == null || found.values().stream().allMatch(String::isBlank)) {
                    reporter.report(reporter.document(), null, "document.metadata.missing", field.key(),
                            field.whereIn(reporter.format()));
                } else if (match != null && found.values().stream().noneMatch(v -> match.matchesWhole(v, reporter.context()))) {
                    String values = String.join(", ", found.values());
                    reporter.report(reporter.document(), TextPattern.snippet(values), "document.metadata.mismatch",
                            field.key(), values, match.describe(), found.source());
                }
            }
        };
    }
}
