package org.normative.conformance.check.document;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code type: headings}: the document has these sections, in this order where {@code ordered}. A section is found
 * by a line or paragraph whose whole text is its heading ({@code in: text}, the default), or only among the
 * headings proper ({@code in: headings}: DOCX paragraphs with an outline level or heading style, PDF bookmarks),
 * at a given {@code level} if one is set.
 */
record HeadingsRule(Basics basics, List<Section> sections, boolean ordered, boolean headingsOnly, Integer level)
        implements ProfileRule {

    /** Places kept per section: enough to find one in order, bounded however often a heading repeats. */
    private static final int MAX_PLACES = 100;

    HeadingsRule {
        sections = List.copyOf(sections);
    }

    @Override
    public Run start(RuleReporter reporter) {
        List<List<TextBlock>> places = new ArrayList<>();
        sections.forEach(section -> places.add(new ArrayList<>()));
        int[] headingsSeen = {0};
        return new Run() {
            @Override
            public void line(TextBlock line) {
                if (!headingsOnly) {
                    place(line);
                }
            }

            @Override
            public void heading(TextBlock heading, int headingLevel) {
                headingsSeen[0]++;
                if (headingsOnly && (level == null || level == headingLevel)) {
                    place(heading);
                }
            }

            private void place(TextBlock block) {
                for (int i = 0; i < sections.size(); i++) {
                    List<TextBlock> found = places.get(i);
                    if (found.size() < MAX_PLACES && sections.get(i).isHeadedBy(block.text(), reporter.context())) {
                        found.add(block);
                    }
                }
            }

            @Override
            public void finish() {
                long after = Long.MIN_VALUE;
                String previous = null;
                for (int i = 0; i < sections.size(); i++) {
                    Section section = sections.get(i);
                    List<TextBlock> found = places.get(i);
                    if (found.isEmpty()) {
                        missing(section);
                        continue;
                    }
                    if (!ordered) {
                        continue;
                    }
                    long bound = after;
                    TextBlock next = found.stream().filter(block -> block.position() > bound).findFirst().orElse(null);
                    if (next == null) {
                        TextBlock early = found.get(0);
                        reporter.report(early.location(), TextPattern.snippet(early.text()), "document.section.order",
                                section.name(), previous);
                    } else {
                        after = next.position();
                        previous = section.name();
                    }
                }
            }

            private void missing(Section section) {
                if (!headingsOnly) {
                    reporter.report(reporter.document(), null, "document.section.missing", section.name());
                } else if (headingsSeen[0] == 0) {
                    reporter.report(reporter.document(), null, reporter.format() == DocumentFormat.PDF
                            ? "document.section.noBookmarks" : "document.section.noHeadings", section.name());
                } else if (level == null) {
                    reporter.report(reporter.document(), null, "document.section.missingHeading", section.name());
                } else {
                    reporter.report(reporter.document(), null, "document.section.missingHeadingAtLevel", section.name(), level);
                }
            }
        };
    }
}
