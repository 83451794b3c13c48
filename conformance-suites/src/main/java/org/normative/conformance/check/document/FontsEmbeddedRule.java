package org.normative.conformance.check.document;

import org.normative.conformance.result.Location;

/**
 * {@code type: fonts-embedded}: the document can be shown as it was written on any machine, as archiving needs. A
 * PDF embeds every font it uses (a subset is enough); a DOCX is saved with Word's "embed fonts in the file".
 */
record FontsEmbeddedRule(Basics basics) implements ProfileRule {

    @Override
    public Run start(RuleReporter reporter) {
        return new Run() {
            @Override
            public void fontNotEmbedded(String font, Location firstUse) {
                reporter.report(firstUse, font, "document.font.notEmbedded", font, firstUse.page());
            }

            @Override
            public void fontEmbedding(boolean embedded) {
                if (!embedded) {
                    reporter.report(reporter.document(), null, "document.font.docxNotEmbedded");
                }
            }
        };
    }
}
