package org.normative.standards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.standards.diff.TestEditions.clause;
import static org.normative.standards.diff.TestEditions.edition;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.normative.standards.diff.Change.Subject;
import org.normative.standards.diff.TextSegment.Kind;

class EditionDiffTextTest {

    @Test
    void noChangesSaysSoInEitherLanguage() {
        EditionDiff none = new EditionDiff(List.of());

        assertThat(EditionDiffText.render(none, Locale.ENGLISH)).isEqualTo("No changes.\n");
        assertThat(EditionDiffText.render(none, Locale.CHINA)).isEqualTo("无变化。\n");
    }

    @Test
    void wordDiffShowsDeletionsAndInsertionsInline() {
        List<TextSegment> segments = List.of(new TextSegment(Kind.EQUAL, "系统"), new TextSegment(Kind.DELETED, "宜"),
                new TextSegment(Kind.INSERTED, "应"), new TextSegment(Kind.EQUAL, "记录。"));

        assertThat(EditionDiffText.inline(segments)).isEqualTo("系统[-宜-]{+应+}记录。");
    }

    @Test
    void multiLineTextStaysIndentedUnderItsChange() {
        EditionDiff diff = new EditionDiffer().diff(edition(clause("a", "A", "line one\nline two")).build(),
                edition(clause("a", "A", "line one\nline 2")).build());

        assertThat(EditionDiffText.render(diff, Locale.ENGLISH)).isEqualTo("""
                ~ clause a [changed]: 1 A
                    text
                    line one
                    line [-two-]{+2+}
                1 change, 0 significant: 0 added, 0 removed, 0 moved, 1 changed
                """);
    }

    @Test
    void editionsAreNamedByCodeLabelAndStage() {
        ComparedEdition from = new ComparedEdition("DG/T 0102", "2019", "60.60");
        ComparedEdition to = new ComparedEdition("DG/T 0102", "WD1", null);

        assertThat(EditionDiffText.render(from, to, new EditionDiff(List.of()), Locale.ENGLISH))
                .startsWith("DG/T 0102@2019 (60.60 Published) -> DG/T 0102@WD1\n");
    }

    @Test
    void removedChangeShowsItsFormerLabel() {
        Change removed = new Change(Subject.REFERENCE, ChangeType.REMOVED, "r", "GB/T 1-2000", null, true, List.of(),
                List.of());

        assertThat(EditionDiffText.render(new EditionDiff(List.of(removed)), Locale.ENGLISH))
                .startsWith("- reference r [removed, significant]: GB/T 1-2000\n");
    }
}
