package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.normative.standards.library.Stage.COMMITTEE_DRAFT;
import static org.normative.standards.library.Stage.PUBLISHED;
import static org.normative.standards.library.Stage.WITHDRAWN;
import static org.normative.standards.links.LinkFixtures.data;
import static org.normative.standards.links.LinkFixtures.link;
import static org.normative.standards.links.LinkFixtures.normative;
import static org.normative.standards.links.LinkFixtures.standard;
import static org.normative.standards.links.LinkFixtures.stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Standard;
import org.normative.standards.links.LinkProblem.Kind;
import org.normative.standards.links.LinkProblem.Level;

class LinkCheckerTest {

    private static final Standard S0101 = standard("DG/T 0101", "TC-DATA", "2020", WITHDRAWN, "2023", PUBLISHED);
    private static final Standard S0102 = standard("DG/T 0102", "TC-DATA", "2024", PUBLISHED);
    private static final Standard S0301 = standard("DG/T 0301", "TC-SVC", "2025", PUBLISHED);

    private static LinkCheckReport check(List<Link> links) {
        return LinkChecker.check(data(List.of(S0101, S0102, S0301), links));
    }

    private static List<String> subjects(LinkCheckReport report) {
        return report.problems().stream().map(p -> p.subject(Locale.ENGLISH)).toList();
    }

    @Test
    void soundLinksGiveNoProblems() {
        LinkCheckReport report = check(List.of(
                normative("DG/T 0102@2024", "DG/T 0101@2023"),
                normative("DG/T 0301@2025", "DG/T 0102"),
                link(LinkType.ADOPTS, "DG/T 0301@2025", "ISO/IEC 27001@2022"),
                stored(9, LinkType.CONFLICTS_WITH, "DG/T 0301@2025", "DG/T 0102",
                        "resolved: clause 5 of DG/T 0301 gives way", "sha256:reviewed")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.hasProblems()).isFalse();
        assertThat(report.toText(Locale.ENGLISH)).isEqualTo("No link problems found.\n");
        assertThat(report.toText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("未发现链接问题。\n");
    }

    @Nested
    class Dangling {

        @Test
        void codeWithTheLibrarysPrefixThatTheLibraryDoesNotHoldIsDangling() {
            LinkCheckReport report = check(List.of(normative("DG/T 0301@2025", "DG/T 0999")));

            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.DANGLING);
                assertThat(p.level()).isEqualTo(Level.ERROR);
                assertThat(p.message(Locale.ENGLISH))
                        .isEqualTo("The library has no standard DG/T 0999, though DG/T is one of its code prefixes.");
            });
        }

        @Test
        void externalCodesAreNeverDanglingDatedOrNot() {
            LinkCheckReport report = check(List.of(
                    normative("DG/T 0301@2025", "ISO/IEC 27001"),
                    normative("DG/T 0301@2025", "ISO/IEC 27001@2013#A.5.1"),
                    normative("DG/T 0301@2025", "GB/T 22239@2019")));

            assertThat(report.problems()).isEmpty();
        }

        @Test
        void editionTheStandardDoesNotHaveIsDangling() {
            LinkCheckReport report = check(List.of(normative("DG/T 0301@2025", "DG/T 0101@2019")));

            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.DANGLING);
                assertThat(p.message(Locale.ENGLISH)).isEqualTo("DG/T 0101 has no edition 2019.");
            });
        }

        @Test
        void requirementIsCheckedOnlyForEditionsWhoseRequirementIdsAreGiven() {
            List<Link> links = List.of(
                    normative("DG/T 0301@2025", "DG/T 0101@2023#/req/dg-0101/naming"),
                    normative("DG/T 0301@2025", "DG/T 0101@2023#/req/dg-0101/gone"),
                    normative("DG/T 0301@2025", "DG/T 0102@2024#/req/dg-0102/anything"));
            LinkGraphData data = data(List.of(S0101, S0102, S0301), links);

            assertThat(LinkChecker.check(data).problems()).isEmpty();
            LinkCheckReport report = LinkChecker.check(data, Map.of("DG/T 0101@2023", Set.of("/req/dg-0101/naming")));
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.DANGLING);
                assertThat(p.link().target().requirement()).isEqualTo("/req/dg-0101/gone");
                assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("DG/T 0101@2023 中没有要求 /req/dg-0101/gone。");
            });
        }

        @Test
        void danglingStoredLinkIsNotAlsoSuspect() {
            LinkCheckReport report = check(List.of(
                    stored(1, LinkType.DEPENDS_ON, "DG/T 0301@2025", "DG/T 0999", null, null)));

            assertThat(report.problems()).extracting(LinkProblem::kind).containsExactly(Kind.DANGLING);
        }
    }

    @Nested
    class WithdrawnAndSupersededTargets {

        @Test
        void datedLinkToAWithdrawnEditionIsAnErrorForDependencyLinksAndAWarningForOthers() {
            LinkCheckReport report = check(List.of(
                    normative("DG/T 0301@2025", "DG/T 0101@2020"),
                    link(LinkType.INFORMATIVE_REFERENCE, "DG/T 0102@2024", "DG/T 0101@2020")));

            assertThat(report.problems()).extracting(LinkProblem::kind, LinkProblem::level).containsExactly(
                    tuple(Kind.WITHDRAWN_TARGET, Level.WARNING),
                    tuple(Kind.WITHDRAWN_TARGET, Level.ERROR));
            assertThat(report.problems().get(1).message(Locale.ENGLISH))
                    .isEqualTo("DG/T 0101@2020 is withdrawn (95.99).");
        }

        @Test
        void undatedLinkIsWithdrawnOnlyWhenEveryEditionIsWithdrawn() {
            Standard gone = standard("DG/T 0201", "TC-OLD", "2010", WITHDRAWN, "2015", WITHDRAWN);
            Standard planned = standard("DG/T 0202", "TC-NEW");
            LinkCheckReport report = LinkChecker.check(data(List.of(S0101, gone, planned, S0301), List.of(
                    normative("DG/T 0301@2025", "DG/T 0101"),
                    normative("DG/T 0301@2025", "DG/T 0201"),
                    normative("DG/T 0301@2025", "DG/T 0202"))));

            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.WITHDRAWN_TARGET);
                assertThat(p.link().target().code()).isEqualTo("DG/T 0201");
                assertThat(p.message(Locale.ENGLISH)).isEqualTo("Every edition of DG/T 0201 is withdrawn.");
            });
        }

        @Test
        void datedLinkToAnEditionWithALaterPublishedOneIsSuperseded() {
            Standard s0401 = standard("DG/T 0401", "TC-X", "2018", PUBLISHED, "2021", PUBLISHED, "2026",
                    COMMITTEE_DRAFT);
            LinkCheckReport report = LinkChecker.check(data(List.of(s0401, S0301), List.of(
                    normative("DG/T 0301@2025", "DG/T 0401@2018"),
                    normative("DG/T 0301@2025", "DG/T 0401@2021"))));

            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.SUPERSEDED_TARGET);
                assertThat(p.level()).isEqualTo(Level.WARNING);
                assertThat(p.link().target().edition()).isEqualTo("2018");
                assertThat(p.message(Locale.ENGLISH)).isEqualTo(
                        "DG/T 0401@2018 is superseded: DG/T 0401@2021 was published after it. "
                                + "Check whether the link should move to it.");
            });
        }

        @Test
        void supersedesLinksAndLinksFromWithdrawnTextAreHistoryNotProblems() {
            LinkCheckReport report = check(List.of(
                    link(LinkType.SUPERSEDES, "DG/T 0101@2023", "DG/T 0101@2020"),
                    normative("DG/T 0101@2020", "DG/T 0102@2024"),
                    normative("DG/T 0101@2020", "DG/T 0101@2020")));

            assertThat(report.problems()).isEmpty();
        }
    }

    @Nested
    class Cycles {

        @Test
        void mutualNormativeReferencesAreOneCycleStartingAtTheSmallestCode() {
            LinkCheckReport report = check(List.of(
                    normative("DG/T 0102@2024", "DG/T 0101"),
                    normative("DG/T 0101@2023", "DG/T 0102@2024"),
                    link(LinkType.DEPENDS_ON, "DG/T 0101@2023#/req/a", "DG/T 0102")));

            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.CYCLE);
                assertThat(p.level()).isEqualTo(Level.ERROR);
                assertThat(p.link()).isNull();
                assertThat(p.cycle()).containsExactly("DG/T 0101", "DG/T 0102");
                assertThat(p.toLine(Locale.ENGLISH)).isEqualTo("ERROR cycle DG/T 0101 -> DG/T 0102 -> DG/T 0101: "
                        + "Standards depend on each other in a ring: DG/T 0101 -> DG/T 0102 -> DG/T 0101. "
                        + "None of them can be revised without the others.");
            });
        }

        @Test
        void everyElementaryCycleIsReportedOnceInDependencyOrder() {
            LinkCheckReport report = check(List.of(
                    normative("DG/T 0101@2023", "DG/T 0102"),
                    normative("DG/T 0102@2024", "DG/T 0301"),
                    normative("DG/T 0301@2025", "DG/T 0101"),
                    normative("DG/T 0102@2024", "DG/T 0101")));

            assertThat(report.problems()).extracting(LinkProblem::cycle).containsExactly(
                    List.of("DG/T 0101", "DG/T 0102"),
                    List.of("DG/T 0101", "DG/T 0102", "DG/T 0301"));
        }

        @Test
        void linksInsideOneStandardNonDependencyLinksAndWithdrawnSourcesMakeNoCycle() {
            LinkCheckReport report = check(List.of(
                    link(LinkType.DEPENDS_ON, "DG/T 0101@2023#/req/b", "DG/T 0101@2023#/req/a"),
                    link(LinkType.INFORMATIVE_REFERENCE, "DG/T 0101@2023", "DG/T 0102"),
                    link(LinkType.HARMONIZED_WITH, "DG/T 0102@2024", "DG/T 0101"),
                    normative("DG/T 0101@2020", "DG/T 0301"),
                    normative("DG/T 0301@2025", "DG/T 0101")));

            assertThat(report.problems(Kind.CYCLE)).isEmpty();
        }

        @Test
        void beyondTheListingCapACountOfTheOtherCyclesIsReported() {
            // Every one of six standards references every other: 409 elementary cycles.
            List<Standard> standards = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                standards.add(standard("DG/T 000" + i, "TC", "1", PUBLISHED));
                for (int j = 1; j <= 6; j++) {
                    if (i != j) {
                        links.add(normative("DG/T 000" + i + "@1", "DG/T 000" + j));
                    }
                }
            }
            List<LinkProblem> cycles = LinkChecker.check(data(standards, links)).problems(Kind.CYCLE);

            assertThat(cycles).hasSize(LinkChecker.CYCLES_LISTED + 1);
            LinkProblem more = cycles.get(cycles.size() - 1);
            assertThat(more.cycle()).isEmpty();
            assertThat(more.toLine(Locale.ENGLISH))
                    .isEqualTo("ERROR cycle: … and " + (409 - LinkChecker.CYCLES_LISTED) + " more cycles not listed.");
        }

        @Test
        void countOfCyclesNotListedSaysAtLeastWhenTheSearchStopped() {
            // Eight standards all referencing each other: 16,064 elementary cycles, more than are counted.
            List<Standard> standards = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                standards.add(standard("DG/T 000" + i, "TC", "1", PUBLISHED));
                for (int j = 1; j <= 8; j++) {
                    if (i != j) {
                        links.add(normative("DG/T 000" + i + "@1", "DG/T 000" + j));
                    }
                }
            }
            List<LinkProblem> cycles = LinkChecker.check(data(standards, links)).problems(Kind.CYCLE);

            assertThat(cycles.get(cycles.size() - 1).message(Locale.ENGLISH)).isEqualTo("… and at least "
                    + (LinkChecker.CYCLES_COUNTED - LinkChecker.CYCLES_LISTED)
                    + " more cycles not listed (the search stopped counting).");
        }
    }

    @Nested
    class Conflicts {

        @Test
        void conflictIsUnresolvedUntilItsNoteStartsWithResolved() {
            LinkCheckReport report = check(List.of(
                    stored(1, LinkType.CONFLICTS_WITH, "DG/T 0301@2025", "DG/T 0102", null, "fp"),
                    stored(2, LinkType.CONFLICTS_WITH, "DG/T 0301@2025", "DG/T 0101", "under discussion", "fp"),
                    stored(3, LinkType.CONFLICTS_WITH, "DG/T 0102@2024", "DG/T 0101",
                            "  Resolved: DG/T 0102 follows", "fp"),
                    stored(4, LinkType.CONFLICTS_WITH, "DG/T 0102@2024", "DG/T 0301", "已解决：以 DG/T 0102 为准", "fp")),
                    Map.of("DG/T 0102", "fp", "DG/T 0101", "fp", "DG/T 0301", "fp"));

            assertThat(report.problems()).extracting(LinkProblem::kind, p -> p.link().id()).containsExactly(
                    tuple(Kind.CONFLICT_UNRESOLVED, 2L),
                    tuple(Kind.CONFLICT_UNRESOLVED, 1L));
            assertThat(report.problems()).allMatch(p -> p.level() == Level.WARNING);
        }

        @Test
        void resolutionMarkerIsRecognisedInEnglishAndChinese() {
            assertThat(LinkChecker.isResolved("resolved: yes")).isTrue();
            assertThat(LinkChecker.isResolved("RESOLVED:yes")).isTrue();
            assertThat(LinkChecker.isResolved("已解决:是")).isTrue();
            assertThat(LinkChecker.isResolved("not resolved: yet")).isFalse();
            assertThat(LinkChecker.isResolved("resolved")).isFalse();
            assertThat(LinkChecker.isResolved(null)).isFalse();
        }
    }

    private static LinkCheckReport check(List<Link> links, Map<String, String> fingerprints) {
        return LinkChecker.check(data(List.of(S0101, S0102, S0301), links, fingerprints));
    }

    @Nested
    class Suspect {

        private final Map<String, String> fingerprints = Map.of(
                "DG/T 0101@2023", "sha256:new", "ISO/IEC 27001@2022", "sha256:iso");

        @Test
        void storedLinkIsSuspectWhenItsTargetChangedSinceReviewOrItWasNeverReviewed() {
            LinkCheckReport report = check(List.of(
                    stored(1, LinkType.DEPENDS_ON, "DG/T 0301@2025", "DG/T 0101@2023", null, "sha256:old"),
                    stored(2, LinkType.DEPENDS_ON, "DG/T 0102@2024", "DG/T 0101@2023", null, null),
                    stored(3, LinkType.DEPENDS_ON, "DG/T 0102@2024", "DG/T 0101@2023", null, "sha256:new")),
                    fingerprints);

            assertThat(report.problems()).extracting(p -> p.link().id(), p -> p.message(Locale.ENGLISH))
                    .containsExactly(
                            tuple(2L,
                                    "The link has never been reviewed against DG/T 0101@2023."),
                            tuple(1L,
                                    "DG/T 0101@2023 has changed since the link was last reviewed."));
            assertThat(report.problems()).allMatch(p -> p.kind() == Kind.SUSPECT && p.level() == Level.WARNING);
        }

        @Test
        void derivedLinksAreNeverSuspect() {
            assertThat(check(List.of(normative("DG/T 0301@2025", "DG/T 0101@2023")), fingerprints).problems())
                    .isEmpty();
        }

        @Test
        void externalTargetWithoutFingerprintIsNotSuspectButOneWithAFingerprintIsCompared() {
            LinkCheckReport report = check(List.of(
                    stored(1, LinkType.ADOPTS, "DG/T 0301@2025", "ISO/IEC 27002@2022", null, null),
                    stored(2, LinkType.ADOPTS, "DG/T 0301@2025", "ISO/IEC 27001@2022", null, "sha256:iso"),
                    stored(3, LinkType.ADOPTS, "DG/T 0102@2024", "ISO/IEC 27001@2022", null, "sha256:old")),
                    fingerprints);

            assertThat(report.problems()).extracting(p -> p.link().id()).containsExactly(3L);
        }

        @Test
        void libraryTargetWithoutFingerprintIsSuspectOnlyWhenNeverReviewed() {
            LinkCheckReport report = check(List.of(
                    stored(1, LinkType.DEPENDS_ON, "DG/T 0301@2025", "DG/T 0102", null, null),
                    stored(2, LinkType.DEPENDS_ON, "DG/T 0301@2025", "DG/T 0102@2024", null, "sha256:any")),
                    Map.of());

            assertThat(report.problems()).extracting(p -> p.link().id()).containsExactly(1L);
        }
    }

    private static LinkCheckReport everyKind() {
        Standard s0401 = standard("DG/T 0401", "TC-X", "2018", PUBLISHED, "2021", PUBLISHED);
        return LinkChecker.check(data(List.of(S0101, S0102, S0301, s0401), List.of(
                stored(7, LinkType.DEPENDS_ON, "DG/T 0301@2025", "DG/T 0102", "", "sha256:old"),
                link(LinkType.CONFLICTS_WITH, "DG/T 0301@2025", "DG/T 0101"),
                normative("DG/T 0102@2024", "DG/T 0301"),
                normative("DG/T 0102@2024", "DG/T 0401@2018"),
                normative("DG/T 0102@2024", "DG/T 0101@2020"),
                normative("DG/T 0102@2024", "DG/T 0999")),
                Map.of("DG/T 0102", "sha256:new")));
    }

    @Test
    void problemsComeGroupedByKindInAFixedOrder() {
        LinkCheckReport report = everyKind();

        assertThat(report.problems()).extracting(LinkProblem::kind).containsExactly(Kind.DANGLING,
                Kind.WITHDRAWN_TARGET, Kind.SUPERSEDED_TARGET, Kind.CYCLE, Kind.CONFLICT_UNRESOLVED, Kind.SUSPECT);
        assertThat(report.hasProblems()).isTrue();
        assertThat(report.count(Level.ERROR)).isEqualTo(3);
        assertThat(report.count(Level.WARNING)).isEqualTo(3);
        assertThat(subjects(report)).first().isEqualTo("DG/T 0102@2024 -> DG/T 0999 (normative reference)");
    }

    @Test
    void textHasOneLinePerProblemAndASummaryInEnglishAndChinese() {
        LinkCheckReport report = everyKind();

        assertThat(report.toText(Locale.ENGLISH)).startsWith(
                "ERROR dangling DG/T 0102@2024 -> DG/T 0999 (normative reference): "
                        + "The library has no standard DG/T 0999, though DG/T is one of its code prefixes.\n")
                .endsWith("\n6 link problems: 3 errors, 3 warnings.\n");
        assertThat(report.toText(Locale.SIMPLIFIED_CHINESE)).startsWith(
                "错误 dangling DG/T 0102@2024 -> DG/T 0999 (规范性引用)：标准库中没有标准 DG/T 0999，但 DG/T 是本库使用的代号前缀。\n")
                .contains("警告 suspect DG/T 0301@2025 -> DG/T 0102 (依赖)：自该链接上次评审以来，DG/T 0102 已发生变化。\n")
                .endsWith("\n链接问题 6 个：错误 3 个，警告 3 个。\n");
    }

    @Test
    void jsonHasOneEntryPerProblemWithTheLinkOrTheCycle() {
        LinkCheckReportJson json = everyKind().toJson(Locale.ENGLISH);

        assertThat(json.problems()).hasSize(6);
        assertThat(json.problems().get(0)).isEqualTo(new LinkCheckReportJson.ProblemJson("dangling", "ERROR",
                "The library has no standard DG/T 0999, though DG/T is one of its code prefixes.", "DG/T 0102@2024",
                "DG/T 0999", "NORMATIVE_REFERENCE", null));
        LinkCheckReportJson.ProblemJson cycle = json.problems().get(3);
        assertThat(cycle.kind()).isEqualTo("cycle");
        assertThat(cycle.source()).isNull();
        assertThat(cycle.type()).isNull();
        assertThat(cycle.cycle()).containsExactly("DG/T 0102", "DG/T 0301");
        assertThat(everyKind().toJson(Locale.SIMPLIFIED_CHINESE).problems().get(5).message())
                .isEqualTo("自该链接上次评审以来，DG/T 0102 已发生变化。");
    }
}
