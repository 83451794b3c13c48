package org.normative.conformance.check.document;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code type: text-present}: the document has text one can search and copy, not just pictures of it. A PDF page
 * with fewer than {@code min-characters} characters of extractable text (white space aside) is most likely a scan
 * without OCR; up to {@code allowed-pages-without-text} such pages pass (a blank page, a cover picture). Reported
 * per page, or once for the document ({@code report: document}). A DOCX is judged as a whole.
 */
record TextPresentRule(Basics basics, int minCharacters, int allowedPagesWithoutText, boolean perPage)
        implements ProfileRule {

    /** Pages named in the one finding of {@code report: document}. */
    private static final int PAGES_NAMED = 20;

    @Override
    public Run start(RuleReporter reporter) {
        List<TextBlock> withoutText = new ArrayList<>();
        long[] characters = {0};
        int[] pages = {0};
        return new Run() {
            @Override
            public void pageCount(Integer count) {
                pages[0] = count == null ? 0 : count;
            }

            @Override
            public void text(TextBlock text) {
                long length = TextPattern.visibleLength(text.text());
                characters[0] += length;
                if (reporter.format() == DocumentFormat.PDF && length < minCharacters) {
                    withoutText.add(text);
                }
            }

            @Override
            public void finish() {
                if (reporter.format() == DocumentFormat.DOCX) {
                    if (characters[0] < minCharacters) {
                        reporter.report(reporter.document(), null, "document.text.none", characters[0], minCharacters);
                    }
                } else if (withoutText.size() > allowedPagesWithoutText) {
                    if (perPage) {
                        withoutText.forEach(page -> reporter.report(page.location(), TextPattern.snippet(page.text()),
                                "document.text.pageWithoutText", page.location().page()));
                    } else {
                        List<String> named = withoutText.stream().limit(PAGES_NAMED)
                                .map(page -> String.valueOf(page.location().page())).toList();
                        reporter.report(reporter.document(), null, "document.text.pagesWithoutText", withoutText.size(),
                                pages[0], String.join(", ", named) + (withoutText.size() > PAGES_NAMED ? ", …" : ""),
                                allowedPagesWithoutText);
                    }
                }
            }
        };
    }
}
