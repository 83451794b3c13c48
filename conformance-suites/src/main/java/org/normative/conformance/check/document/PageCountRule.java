package org.normative.conformance.check.document;

/**
 * {@code type: page-count}: at least {@code min} and at most {@code max} pages. A DOCX has no pages of its own: its
 * page count is the one Word records in {@code docProps/app.xml}; without it the rule is not tested.
 */
record PageCountRule(Basics basics, Integer min, Integer max) implements ProfileRule {

    @Override
    public Run start(RuleReporter reporter) {
        return new Run() {
            @Override
            public void pageCount(Integer pages) {
                if (pages == null) {
                    reporter.notTested("document.pages.unknown");
                } else if (min != null && pages < min) {
                    reporter.report(reporter.document(), null, "document.pages.tooFew", pages, min);
                } else if (max != null && pages > max) {
                    reporter.report(reporter.document(), null, "document.pages.tooMany", pages, max);
                }
            }
        };
    }
}
