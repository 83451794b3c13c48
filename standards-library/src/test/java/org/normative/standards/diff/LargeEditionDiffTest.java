package org.normative.standards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.normative.standards.diff.Change.Subject;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;

/**
 * Two generated editions of 2,000 clauses (200 sections of 9 subclauses) with 200 changes: 50 bodies reworded, 50
 * subclauses removed, 50 added at the head of their section (renumbering every sibling), 50 moved to another
 * section. Correctness only; speed is measured in the benchmarks.
 */
class LargeEditionDiffTest {

    private static final int SECTIONS = 200;
    private static final int SUBCLAUSES = 9;

    @Test
    void twoThousandClauseEditionsWithTwoHundredChangesDiffExactly() {
        EditionContent before = edition(false);
        EditionContent after = edition(true);
        assertThat(before.allClauses()).hasSize(SECTIONS * (SUBCLAUSES + 1));

        EditionDiff diff = new EditionDiffer().diff(before, after);

        assertThat(diff.changes()).hasSize(200);
        assertThat(diff.count(Subject.CLAUSE, ChangeType.CHANGED)).isEqualTo(50);
        assertThat(diff.count(Subject.CLAUSE, ChangeType.REMOVED)).isEqualTo(50);
        assertThat(diff.count(Subject.CLAUSE, ChangeType.ADDED)).isEqualTo(50);
        assertThat(diff.count(Subject.CLAUSE, ChangeType.MOVED)).isEqualTo(50);
        assertThat(diff.changes(Subject.CLAUSE, ChangeType.MOVED)).extracting(Change::key)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(150, 200).mapToObj(s -> key(s, 4)).toList());
        assertThat(diff.changes(Subject.REQUIREMENT)).isEmpty();
    }

    private static EditionContent edition(boolean revised) {
        List<List<Clause>> children = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            List<Clause> subclauses = new ArrayList<>();
            for (int c = 0; c < SUBCLAUSES; c++) {
                String body = "Section " + s + " clause " + c + " says the system shall do thing " + c + ".";
                if (revised && s < 50 && c == 0) {
                    body = body.replace("shall do", "shall always do");
                }
                boolean removed = revised && s >= 50 && s < 100 && c == SUBCLAUSES - 1;
                boolean movedAway = revised && s >= 150 && c == 4;
                if (!removed && !movedAway) {
                    subclauses.add(clause(key(s, c), body));
                }
            }
            if (revised && s >= 100 && s < 150) {
                subclauses.add(0, clause("new-" + s, "A new first subclause of section " + s + "."));
            }
            children.add(subclauses);
        }
        if (revised) {
            for (int s = 150; s < 200; s++) {
                String body = "Section " + s + " clause 4 says the system shall do thing 4.";
                children.get(s - 150).add(clause(key(s, 4), body));
            }
        }
        List<Clause> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            sections.add(new Clause(0, "section-" + s, null, "Section " + s, "", children.get(s)));
        }
        List<Requirement> requirements = IntStream.range(0, SECTIONS).mapToObj(s -> key(s, 1))
                .map(k -> new Requirement("/req/" + k, k, "The system shall do " + k + ".", Obligation.SHALL, null, 1))
                .toList();
        return new EditionContent(TestEditions.numbered("", sections), List.of(), List.of(), requirements);
    }

    private static Clause clause(String key, String body) {
        return new Clause(0, key, null, "Heading " + key, body, List.of());
    }

    private static String key(int section, int clause) {
        return "c-" + section + "-" + clause;
    }
}
