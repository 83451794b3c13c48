package org.normative.conformance.check.document;

/** {@code type: text-length}: at least {@code min} characters of text, white space not counted. */
record TextLengthRule(Basics basics, long min) implements ProfileRule {

    @Override
    public Run start(RuleReporter reporter) {
        long[] characters = {0};
        return new Run() {
            @Override
            public void text(TextBlock text) {
                characters[0] += TextPattern.visibleLength(text.text());
            }

            @Override
            public void finish() {
                if (characters[0] < min) {
                    reporter.report(reporter.document(), null, "document.text.tooShort", characters[0], min);
                }
            }
        };
    }
}
