package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.normative.standards.library.Stage.COMMITTEE_DRAFT;
import static org.normative.standards.library.Stage.PUBLISHED;
import static org.normative.standards.library.Stage.WITHDRAWN;
import static org.normative.standards.links.LinkFixtures.at;
import static org.normative.standards.links.LinkFixtures.data;
import static org.normative.standards.links.LinkFixtures.link;
import static org.normative.standards.links.LinkFixtures.normative;
import static org.normative.standards.links.LinkFixtures.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Standard;

class ImpactAnalyzerTest {

    private static final Standard S0101 = standard("DG/T 0101", "TC-DATA", "2023", PUBLISHED);
    private static final Standard S0102 = standard("DG/T 0102", "TC-DATA", "2024", PUBLISHED);
    private static final Standard S0301 = standard("DG/T 0301", "TC-SVC", "2025", PUBLISHED);

    private static List<String> codes(ImpactReport report) {
        return report.affected().stream().map(ImpactReport.Affected::standardCode).toList();
    }

    private static ImpactReport chain() {
        return ImpactAnalyzer.analyze(data(List.of(S0101, S0102, S0301), List.of(
                        normative("DG/T 0102@2024", "DG/T 0101"),
                        normative("DG/T 0301@2025", "DG/T 0102"))),
                at("DG/T 0101@2023"), ChangeKind.REVISE);
    }

    @Test
    void chainReportsEveryDependantWithThePathBackToTheChange() {
        ImpactReport report = chain();

        assertThat(report.affected()).extracting(ImpactReport.Affected::standardCode, ImpactReport.Affected::distance,
                        ImpactReport.Affected::path)
                .containsExactly(
                        tuple("DG/T 0102", 1, List.of("DG/T 0102", "DG/T 0101")),
                        tuple("DG/T 0301", 2, List.of("DG/T 0301", "DG/T 0102", "DG/T 0101")));
        ImpactReport.Affected far = report.affected().get(1);
        assertThat(far.pathText()).isEqualTo("DG/T 0301 -> DG/T 0102 -> DG/T 0101");
        assertThat(far.via()).isEqualTo(LinkType.NORMATIVE_REFERENCE);
        assertThat(far.linkSource()).isEqualTo(at("DG/T 0301@2025"));
        assertThat(far.linkTarget()).isEqualTo(at("DG/T 0102"));
        assertThat(far.dated()).isFalse();
        assertThat(far.committee()).isEqualTo("TC-SVC");
    }

    @Test
    void diamondReportsTheSharedDependantOnceAtItsShortestDistanceThroughTheSmallestCode() {
        Standard a = standard("DG/T 0001", "TC-A", "1", PUBLISHED);
        Standard b = standard("DG/T 0002", "TC-B", "1", PUBLISHED);
        Standard c = standard("DG/T 0003", "TC-C", "1", PUBLISHED);
        Standard d = standard("DG/T 0004", "TC-D", "1", PUBLISHED);
        Standard e = standard("DG/T 0005", "TC-E", "1", PUBLISHED);
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(a, b, c, d, e), List.of(
                        normative("DG/T 0003@1", "DG/T 0001"),
                        normative("DG/T 0002@1", "DG/T 0001"),
                        normative("DG/T 0004@1", "DG/T 0003"),
                        normative("DG/T 0004@1", "DG/T 0002"),
                        normative("DG/T 0005@1", "DG/T 0004"),
                        normative("DG/T 0005@1", "DG/T 0001"))),
                at("DG/T 0001"), ChangeKind.REVISE);

        assertThat(report.affected()).extracting(ImpactReport.Affected::standardCode, ImpactReport.Affected::distance)
                .containsExactly(tuple("DG/T 0002", 1), tuple("DG/T 0003", 1), tuple("DG/T 0005", 1),
                        tuple("DG/T 0004", 2));
        assertThat(report.affected().get(3).path()).containsExactly("DG/T 0004", "DG/T 0002", "DG/T 0001");
    }

    @Test
    void onlyDependencyLinksCarryTheImpact() {
        List<Standard> standards = new ArrayList<>(List.of(S0101));
        List<Link> links = new ArrayList<>();
        for (LinkType type : LinkType.values()) {
            String code = "DG/T 09" + String.format("%02d", type.ordinal());
            standards.add(standard(code, "TC-" + type.name(), "1", PUBLISHED));
            links.add(link(type, code + "@1", "DG/T 0101"));
        }

        ImpactReport report = ImpactAnalyzer.analyze(data(standards, links), at("DG/T 0101"), ChangeKind.WITHDRAW);

        assertThat(report.affected()).extracting(ImpactReport.Affected::via).containsExactlyInAnyOrder(
                LinkType.NORMATIVE_REFERENCE, LinkType.AMENDS, LinkType.ADOPTS, LinkType.DEPENDS_ON);
    }

    @Test
    void nothingDependingOnTheChangeGivesAnEmptyReport() {
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(S0101, S0102),
                List.of(normative("DG/T 0101@2023", "DG/T 0102"))), at("DG/T 0101"), ChangeKind.REVISE);

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.committeesToNotify()).isEmpty();
    }

    /** DG/T 0101 has 2023 (published) and 2026; X links undated, Y to 2023, Z to 2026. */
    @Nested
    class DatedAndUndatedLinks {

        private ImpactReport impact(Standard s0101, String changed, ChangeKind kind) {
            return ImpactAnalyzer.analyze(data(List.of(s0101,
                            standard("DG/T 0901", "TC-X", "1", PUBLISHED),
                            standard("DG/T 0902", "TC-Y", "1", PUBLISHED),
                            standard("DG/T 0903", "TC-Z", "1", PUBLISHED)), List.of(
                            normative("DG/T 0901@1", "DG/T 0101"),
                            normative("DG/T 0902@1", "DG/T 0101@2023"),
                            normative("DG/T 0903@1", "DG/T 0101@2026"))),
                    at(changed), kind);
        }

        private final Standard draft2026 = standard("DG/T 0101", "TC-DATA", "2023", PUBLISHED, "2026", COMMITTEE_DRAFT);
        private final Standard published2026 = standard("DG/T 0101", "TC-DATA", "2023", WITHDRAWN, "2026", PUBLISHED);

        @Test
        void revisionCreatingANewEditionReachesUndatedLinksAndLinksToThatEditionOnly() {
            assertThat(codes(impact(draft2026, "DG/T 0101@2026", ChangeKind.REVISE)))
                    .containsExactly("DG/T 0901", "DG/T 0903");
        }

        @Test
        void editionTheLibraryDoesNotKnowYetCountsAsTheNewestForUndatedLinks() {
            assertThat(codes(impact(S0101, "DG/T 0101@2027", ChangeKind.REVISE))).containsExactly("DG/T 0901");
        }

        @Test
        void changeOfTheCurrentEditionReachesLinksToItAndUndatedLinks() {
            assertThat(codes(impact(draft2026, "DG/T 0101@2023", ChangeKind.WITHDRAW)))
                    .containsExactly("DG/T 0901", "DG/T 0902");
            assertThat(codes(impact(draft2026, "DG/T 0101@2023", ChangeKind.REVISE)))
                    .containsExactly("DG/T 0901", "DG/T 0902");
        }

        @Test
        void withdrawalOfASupersededEditionReachesOnlyLinksDatedToIt() {
            assertThat(codes(impact(published2026, "DG/T 0101@2023", ChangeKind.WITHDRAW)))
                    .containsExactly("DG/T 0902");
        }

        @Test
        void changeOfTheWholeStandardReachesEveryLinkToIt() {
            ImpactReport report = impact(draft2026, "DG/T 0101", ChangeKind.REVISE);

            assertThat(codes(report)).containsExactly("DG/T 0901", "DG/T 0902", "DG/T 0903");
            assertThat(report.affected()).extracting(ImpactReport.Affected::dated).containsExactly(false, true, true);
        }

        @Test
        void requirementChangeReachesLinksToItItsEditionAndTheUndatedStandardButNoOtherRequirement() {
            Standard s0101 = standard("DG/T 0101", "TC-DATA", "2020", PUBLISHED, "2023", PUBLISHED);
            ImpactReport report = ImpactAnalyzer.analyze(data(List.of(s0101,
                            standard("DG/T 0901", "TC-1", "1", PUBLISHED),
                            standard("DG/T 0902", "TC-2", "1", PUBLISHED),
                            standard("DG/T 0903", "TC-3", "1", PUBLISHED),
                            standard("DG/T 0904", "TC-4", "1", PUBLISHED),
                            standard("DG/T 0905", "TC-5", "1", PUBLISHED)), List.of(
                            normative("DG/T 0901@1", "DG/T 0101@2023#/req/a"),
                            normative("DG/T 0902@1", "DG/T 0101@2023"),
                            normative("DG/T 0903@1", "DG/T 0101"),
                            normative("DG/T 0904@1", "DG/T 0101@2023#/req/b"),
                            normative("DG/T 0905@1", "DG/T 0101@2020#/req/a"))),
                    at("DG/T 0101@2023#/req/a"), ChangeKind.REVISE);

            assertThat(codes(report)).containsExactly("DG/T 0901", "DG/T 0902", "DG/T 0903");
        }
    }

    @Test
    void requirementsDependingOnEachOtherInsideOneStandardCarryTheChangeAtNoDistance() {
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(S0101, S0301), List.of(
                        link(LinkType.DEPENDS_ON, "DG/T 0101@2023#/req/b", "DG/T 0101@2023#/req/a"),
                        normative("DG/T 0301@2025", "DG/T 0101@2023#/req/b"))),
                at("DG/T 0101@2023#/req/a"), ChangeKind.REVISE);

        assertThat(report.affected()).singleElement().satisfies(a -> {
            assertThat(a.standardCode()).isEqualTo("DG/T 0301");
            assertThat(a.distance()).isEqualTo(1);
            assertThat(a.path()).containsExactly("DG/T 0301", "DG/T 0101");
        });
    }

    @Test
    void dependantOfAnEditionOfAnAffectedStandardThatDoesNotChangeIsNotAffected() {
        Standard s0102 = standard("DG/T 0102", "TC-DATA", "2020", PUBLISHED, "2024", PUBLISHED);
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(S0101, s0102, S0301,
                        standard("DG/T 0302", "TC-SVC", "1", PUBLISHED)), List.of(
                        normative("DG/T 0102@2024", "DG/T 0101"),
                        normative("DG/T 0301@2025", "DG/T 0102@2020"),
                        normative("DG/T 0302@1", "DG/T 0102@2024"))),
                at("DG/T 0101"), ChangeKind.WITHDRAW);

        assertThat(codes(report)).containsExactly("DG/T 0102", "DG/T 0302");
    }

    @Test
    void undatedSourceCarriesTheChangeAsARevisionOfItsCurrentEdition() {
        Standard s0102 = standard("DG/T 0102", "TC-DATA", "2020", PUBLISHED, "2024", PUBLISHED);
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(S0101, s0102,
                        standard("DG/T 0301", "TC-SVC", "1", PUBLISHED),
                        standard("DG/T 0302", "TC-SVC", "1", PUBLISHED)), List.of(
                        link(LinkType.DEPENDS_ON, "DG/T 0102", "DG/T 0101"),
                        normative("DG/T 0301@1", "DG/T 0102@2020"),
                        normative("DG/T 0302@1", "DG/T 0102@2024"))),
                at("DG/T 0101"), ChangeKind.REVISE);

        assertThat(codes(report)).containsExactly("DG/T 0102", "DG/T 0302");
    }

    @Test
    void committeesToNotifyAreThoseOfAffectedStandardsTheOwnerOnlyWhenOneOfItsOtherStandardsIsAffected() {
        assertThat(chain().committeesToNotify()).containsExactly("TC-DATA", "TC-SVC");

        ImpactReport withoutOwnStandard = ImpactAnalyzer.analyze(data(List.of(S0101, S0102, S0301),
                        List.of(normative("DG/T 0301@2025", "DG/T 0101"))),
                at("DG/T 0101@2023"), ChangeKind.REVISE);

        assertThat(withoutOwnStandard.committeesToNotify()).containsExactly("TC-SVC");
    }

    @Test
    void cycleBackToTheChangedStandardEndsAndNeverReportsTheChangedStandard() {
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(S0101, S0102, S0301), List.of(
                        normative("DG/T 0102@2024", "DG/T 0101"),
                        normative("DG/T 0101@2023", "DG/T 0102"),
                        normative("DG/T 0301@2025", "DG/T 0101"))),
                at("DG/T 0101"), ChangeKind.REVISE);

        assertThat(codes(report)).containsExactly("DG/T 0102", "DG/T 0301");
    }

    @Test
    void changeOfAnExternalStandardReachesItsAdoptersAndStandardsOutsideTheLibraryHaveNoCommittee() {
        ImpactReport report = ImpactAnalyzer.analyze(data(List.of(S0102), List.of(
                        link(LinkType.ADOPTS, "DG/T 0102@2024", "ISO/IEC 27001@2022"),
                        link(LinkType.DEPENDS_ON, "ISO/IEC 27002", "ISO/IEC 27001"))),
                at("ISO/IEC 27001@2022"), ChangeKind.REVISE);

        assertThat(report.affected()).extracting(ImpactReport.Affected::standardCode, ImpactReport.Affected::committee)
                .containsExactly(tuple("DG/T 0102", "TC-DATA"), tuple("ISO/IEC 27002", null));
        assertThat(report.committeesToNotify()).containsExactly("TC-DATA");
    }

    @Test
    void resultDoesNotDependOnTheOrderOfTheLinks() {
        List<Link> links = new ArrayList<>();
        List<Standard> standards = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            standards.add(standard(String.format("DG/T %04d", i), "TC-" + (i % 4), "1", PUBLISHED));
        }
        Random random = new Random(7);
        for (int i = 0; i < 80; i++) {
            links.add(normative(String.format("DG/T %04d@1", 1 + random.nextInt(30)),
                    String.format("DG/T %04d", 1 + random.nextInt(30))));
        }
        ImpactReport first = ImpactAnalyzer.analyze(data(standards, links), at("DG/T 0001"), ChangeKind.REVISE);
        Collections.shuffle(links, random);
        Collections.reverse(standards);

        assertThat(ImpactAnalyzer.analyze(data(standards, links), at("DG/T 0001"), ChangeKind.REVISE))
                .isEqualTo(first);
    }

    @Test
    void jsonHasTheChangeEachAffectedStandardWithItsPathAndTheCommittees() {
        ImpactReportJson json = chain().toJson();

        assertThat(json.changed()).isEqualTo("DG/T 0101@2023");
        assertThat(json.change()).isEqualTo("REVISE");
        assertThat(json.affected()).containsExactly(
                new ImpactReportJson.AffectedJson("DG/T 0102", "TC-DATA", 1, "DG/T 0102 -> DG/T 0101",
                        "NORMATIVE_REFERENCE", "DG/T 0102@2024", "DG/T 0101", false),
                new ImpactReportJson.AffectedJson("DG/T 0301", "TC-SVC", 2, "DG/T 0301 -> DG/T 0102 -> DG/T 0101",
                        "NORMATIVE_REFERENCE", "DG/T 0301@2025", "DG/T 0102", false));
        assertThat(json.committees()).containsExactly("TC-DATA", "TC-SVC");
    }

    @Test
    void textNamesEachAffectedStandardInEnglishAndChinese() {
        ImpactReport report = chain();

        assertThat(report.toText(Locale.ENGLISH)).isEqualTo("""
                Impact of revising DG/T 0101@2023: 2 standards affected.
                  DG/T 0102 (TC-DATA), distance 1: DG/T 0102 -> DG/T 0101; normative reference DG/T 0102@2024 -> DG/T 0101 (undated)
                  DG/T 0301 (TC-SVC), distance 2: DG/T 0301 -> DG/T 0102 -> DG/T 0101; normative reference DG/T 0301@2025 -> DG/T 0102 (undated)
                Committees to notify: TC-DATA, TC-SVC
                """);
        assertThat(report.toText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("""
                修订 DG/T 0101@2023 的影响：受影响的标准 2 项。
                  DG/T 0102（TC-DATA），距离 1：DG/T 0102 -> DG/T 0101；规范性引用 DG/T 0102@2024 -> DG/T 0101（不注日期）
                  DG/T 0301（TC-SVC），距离 2：DG/T 0301 -> DG/T 0102 -> DG/T 0101；规范性引用 DG/T 0301@2025 -> DG/T 0102（不注日期）
                需通知的技术委员会：TC-DATA, TC-SVC
                """);
    }

    @Test
    void textOfAnEmptyReportSaysNothingDependsOnTheChange() {
        ImpactReport report = new ImpactReport(at("DG/T 0101@2023"), ChangeKind.WITHDRAW, List.of(), List.of());

        assertThat(report.toText(Locale.ENGLISH)).isEqualTo("""
                Impact of withdrawing DG/T 0101@2023: nothing depends on it.
                No committee to notify.
                """);
        assertThat(report.toText(Locale.CHINESE)).isEqualTo("""
                废止 DG/T 0101@2023 的影响：没有依赖它的标准。
                无需通知技术委员会。
                """);
    }
}
