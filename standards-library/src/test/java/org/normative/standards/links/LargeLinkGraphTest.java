package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;

/**
 * A generated workspace of 10,000 standards and 100,000 links of every type, dated and undated, some to requirements,
 * some external, some dangling: impact analysis and the link check complete and give consistent results. Only sizes
 * and invariants are asserted, never time.
 */
class LargeLinkGraphTest {

    private static final int STANDARDS = 10_000;
    private static final int LINKS = 100_000;
    private static final String[] LABELS = {"2019", "2023", "2026"};
    private static final Stage[] STAGES = {Stage.WITHDRAWN, Stage.PUBLISHED, Stage.COMMITTEE_DRAFT};

    private static LinkGraphData data;
    private static LinkGraph graph;

    private static String code(int i) {
        return String.format("DG/T %05d", i);
    }

    @BeforeAll
    static void generate() {
        Random random = new Random(20260101L);
        List<Standard> standards = new ArrayList<>(STANDARDS);
        int[] editionCount = new int[STANDARDS];
        for (int i = 0; i < STANDARDS; i++) {
            editionCount[i] = 1 + random.nextInt(3);
            List<Edition> editions = new ArrayList<>();
            int first = 3 - editionCount[i];
            for (int e = first; e < 3; e++) {
                Stage stage = e == first && editionCount[i] == 1 || e == 0 && random.nextBoolean()
                        ? Stage.PUBLISHED : STAGES[e];
                editions.add(new Edition(i * 3L + e, LABELS[e], stage, null, null, null, null));
            }
            standards.add(new Standard(code(i), LocalizedText.of(code(i), null), "TC-" + (i % 40), null, editions));
        }
        Map<String, String> fingerprints = new HashMap<>();
        List<Link> links = new ArrayList<>(LINKS);
        LinkType[] types = LinkType.values();
        for (int l = 0; l < LINKS; l++) {
            int s = random.nextInt(STANDARDS);
            Endpoint source = endpoint(random, s, editionCount[s], random.nextInt(10) == 0);
            Endpoint target;
            int roll = random.nextInt(100);
            if (roll < 4) {
                target = Endpoint.edition("ISO/IEC " + (27000 + random.nextInt(50)), "2022");
            } else if (roll < 5) {
                target = Endpoint.standard(code(STANDARDS + random.nextInt(100)));
            } else {
                int t = random.nextInt(STANDARDS);
                target = random.nextInt(5) < 3
                        ? Endpoint.standard(code(t))
                        : endpoint(random, t, editionCount[t], random.nextInt(4) == 0);
            }
            boolean stored = random.nextInt(3) == 0;
            String fingerprint = "fp" + random.nextInt(3);
            fingerprints.putIfAbsent(target.toString(), "fp0");
            LinkType type = types[random.nextInt(types.length)];
            links.add(new Link(stored ? l + 1 : 0, type, source, target, null,
                    type == LinkType.CONFLICTS_WITH && random.nextBoolean() ? "resolved: by TC" : null,
                    stored ? fingerprint : null, !stored));
        }
        data = new LinkGraphData(standards, links, fingerprints);
        graph = LinkGraph.of(data);
    }

    private static Endpoint endpoint(Random random, int standard, int editions, boolean requirement) {
        String label = LABELS[3 - 1 - random.nextInt(editions)];
        return requirement
                ? new Endpoint(code(standard), label, "/req/r" + random.nextInt(20))
                : Endpoint.edition(code(standard), label);
    }

    @Test
    void graphHoldsEveryStandardAndEveryLink() {
        assertThat(graph.graph().edgeSet()).hasSize(LINKS);
        assertThat(graph.codes()).hasSizeGreaterThan(STANDARDS);
    }

    @Test
    void impactReportsEachAffectedStandardOnceWithAShortestPathBackToTheChange() {
        ImpactReport report = ImpactAnalyzer.analyze(graph, Endpoint.standard(code(42)), ChangeKind.WITHDRAW);

        assertThat(report.affected()).hasSizeBetween(1, graph.codes().size() - 1);
        assertThat(report.affected()).extracting(ImpactReport.Affected::standardCode).doesNotHaveDuplicates()
                .doesNotContain(code(42));
        assertThat(report.affected()).allSatisfy(a -> {
            assertThat(a.path()).hasSize(a.distance() + 1);
            assertThat(a.path().get(0)).isEqualTo(a.standardCode());
            assertThat(a.path().get(a.path().size() - 1)).isEqualTo(code(42));
            assertThat(a.via().isDependency()).isTrue();
        });
        assertThat(report.affected()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(ImpactReport.Affected::distance)
                        .thenComparing(ImpactReport.Affected::standardCode));
        assertThat(report.committeesToNotify()).hasSizeBetween(1, 40);
    }

    @Test
    void impactOfADatedRequirementReachesNoMoreThanImpactOfItsWholeStandard() {
        ImpactReport requirement = ImpactAnalyzer.analyze(graph, new Endpoint(code(7), "2026", "/req/r3"),
                ChangeKind.REVISE);
        ImpactReport whole = ImpactAnalyzer.analyze(graph, Endpoint.standard(code(7)), ChangeKind.REVISE);

        assertThat(whole.affected()).extracting(ImpactReport.Affected::standardCode)
                .containsAll(requirement.affected().stream().map(ImpactReport.Affected::standardCode).toList());
    }

    @Test
    void checkFindsEveryKindOfProblemAndCapsTheCycles() {
        LinkCheckReport report = LinkChecker.check(graph, Map.of());

        for (LinkProblem.Kind kind : LinkProblem.Kind.values()) {
            assertThat(report.problems(kind)).as(kind.id()).isNotEmpty();
        }
        assertThat(report.problems(LinkProblem.Kind.CYCLE)).hasSize(LinkChecker.CYCLES_LISTED + 1);
        assertThat(report.problems()).hasSizeLessThan(LINKS * 3);
        assertThat(report.toJson(java.util.Locale.ENGLISH).problems()).hasSameSizeAs(report.problems());
    }
}
