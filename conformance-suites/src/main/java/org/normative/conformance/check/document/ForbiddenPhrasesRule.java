package org.normative.conformance.check.document;

import java.util.List;

/** {@code type: forbidden-phrases}: none of these phrases occurs ("DRAFT", "草稿", "lorem ipsum"); each occurrence is a finding. */
record ForbiddenPhrasesRule(Basics basics, List<TextPattern> phrases) implements ProfileRule {

    ForbiddenPhrasesRule {
        phrases = List.copyOf(phrases);
    }

    @Override
    public Run start(RuleReporter reporter) {
        return new Run() {
            @Override
            public void text(TextBlock text) {
                for (TextPattern phrase : phrases) {
                    String snippet = phrase.findIn(text.text(), reporter.context());
                    if (snippet != null) {
                        reporter.report(text.location(), snippet, "document.phrase.found", phrase.describe());
                    }
                }
            }
        };
    }
}
