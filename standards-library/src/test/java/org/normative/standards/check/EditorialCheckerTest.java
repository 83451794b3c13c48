package org.normative.standards.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.standards.check.Fixtures.clause;
import static org.normative.standards.check.Fixtures.clauses;
import static org.normative.standards.check.Fixtures.content;
import static org.normative.standards.check.Fixtures.known;
import static org.normative.standards.check.Fixtures.reference;
import static org.normative.standards.check.Fixtures.requirement;
import static org.normative.standards.check.Fixtures.term;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Term;

class EditorialCheckerTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final EditorialChecker checker = new EditorialChecker(ReferenceResolver.none());

    private CheckReport check(EditionContent content) {
        return checker.check("DG/T 0102", "2026", Stage.COMMITTEE_DRAFT, content);
    }

    private static EditionContent withRequirements(Clause clause, Requirement... requirements) {
        return content(List.of(clause), List.of(), List.of(), List.of(requirements));
    }

    @Nested
    class RequirementNoVerbalForm {

        private final Clause paging = clause("paging", "4.2", "Paging", "Collections are paged.");

        @Test
        void statementWithoutVerbalFormIsAnError() {
            CheckReport report = check(withRequirements(paging,
                    requirement("/req/paging", "paging", "Collections are paged.", Obligation.SHALL)));

            assertThat(report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().requirement()).isEqualTo("/req/paging");
                assertThat(f.location().number()).isEqualTo("4.2");
                assertThat(f.message(Locale.ENGLISH)).contains("/req/paging", "no verbal form");
                assertThat(f.message(ZH)).contains("/req/paging", "没有助动词");
            });
        }

        @Test
        void chineseStatementWithoutVerbalFormIsAnError() {
            CheckReport report = check(withRequirements(paging,
                    requirement("/req/auth", "paging", "系统支持数字证书认证。", Obligation.SHALL)));

            assertThat(report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM)).hasSize(1);
        }

        @Test
        void statementWithItsRecordedFormPasses() {
            CheckReport report = check(withRequirements(paging,
                    requirement("/req/a", "paging", "Collections shall be paged.", Obligation.SHALL),
                    requirement("/req/b", "paging", "系统不应以明文形式存储口令。", Obligation.SHALL_NOT),
                    requirement("/req/c", "paging", "数据元宜同时给出英文名称。", Obligation.SHOULD)));

            assertThat(report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM)).isEmpty();
        }

        @Test
        void recordedObligationDisagreeingWithTheStatementIsAnError() {
            CheckReport report = check(withRequirements(paging,
                    requirement("/req/a", "paging", "Responses should be compressed.", Obligation.SHALL),
                    requirement("/req/b", "paging", "口令不应以明文存储。", Obligation.SHALL)));

            List<Finding> findings = report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM);
            assertThat(findings).hasSize(2);
            assertThat(findings.get(0).message(Locale.ENGLISH))
                    .contains("recorded as shall (requirement)", "says should (recommendation)", "“should”");
            assertThat(findings.get(0).message(ZH)).contains("应（要求）", "宜（推荐）");
            assertThat(findings.get(1).message(ZH)).contains("不应（要求）", "“不应”");
        }

        @Test
        void anyFormOfTheStatementMayBeTheRecordedOne() {
            CheckReport report = check(withRequirements(paging, requirement("/req/a", "paging",
                    "Collections shall be paged; clients may request a smaller page.", Obligation.MAY)));

            assertThat(report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM)).isEmpty();
        }

        @Test
        void unrecordedObligationIsReportedWithTheDetectedOne() {
            CheckReport report = check(withRequirements(paging,
                    requirement("/req/a", "paging", "会话空闲超过 30 分钟后应失效。", Obligation.NONE)));

            assertThat(report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM)).singleElement()
                    .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("records no obligation", "“应”"));
        }

        @Test
        void mustAloneIsNoVerbalForm() {
            CheckReport report = check(withRequirements(paging,
                    requirement("/req/a", "paging", "Collections must be paged.", Obligation.SHALL)));

            assertThat(report.findings()).extracting(Finding::rule)
                    .containsExactly(Rule.REQUIREMENT_NO_VERBAL_FORM, Rule.MUST_USED);
        }
    }

    @Nested
    class RequirementClauseMissing {

        @Test
        void requirementOfAnUnknownClauseIsAnError() {
            CheckReport report = check(withRequirements(clause("paging", "4.2", "Paging", "x"),
                    requirement("/req/a", "gone", "Collections shall be paged.", Obligation.SHALL)));

            assertThat(report.findings(Rule.REQUIREMENT_CLAUSE_MISSING)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().clause()).isEqualTo("gone");
                assertThat(f.location().number()).isNull();
                assertThat(f.message(Locale.ENGLISH)).contains("“gone”");
                assertThat(f.message(ZH)).contains("“gone”不在本版本中");
            });
        }

        @Test
        void requirementWithoutClauseIsAnError() {
            CheckReport report = check(withRequirements(clause("paging", "4.2", "Paging", "x"),
                    requirement("/req/a", null, "系统应支持数字证书认证。", Obligation.SHALL)));

            assertThat(report.findings(Rule.REQUIREMENT_CLAUSE_MISSING)).singleElement()
                    .satisfies(f -> assertThat(f.message(ZH)).isEqualTo("要求 /req/a 没有所属条款。"));
        }

        @Test
        void requirementOfANestedClauseIsFine() {
            CheckReport report = check(withRequirements(
                    clause("auth", "5", "认证方式", "", clause("auth-password", "5.1", "口令", "见下。")),
                    requirement("/req/pw", "auth-password", "系统不应以明文形式存储口令。", Obligation.SHALL_NOT)));

            assertThat(report.findings()).isEmpty();
        }
    }

    @Nested
    class DuplicateRequirementId {

        @Test
        void secondUseOfAnIdIsAnError() {
            CheckReport report = check(content(
                    List.of(clause("a", "4", "A", "x"), clause("b", "5", "B", "y")), List.of(), List.of(),
                    List.of(requirement("/req/x", "a", "X shall hold.", Obligation.SHALL),
                            requirement("/req/x", "b", "Y 应成立。", Obligation.SHALL))));

            assertThat(report.findings(Rule.DUPLICATE_REQUIREMENT_ID)).singleElement().satisfies(f -> {
                assertThat(f.location().clause()).isEqualTo("b");
                assertThat(f.message(Locale.ENGLISH)).contains("/req/x", "already used at 4 A /req/x");
                assertThat(f.message(ZH)).contains("已在 4 A /req/x 使用");
            });
        }

        @Test
        void distinctIdsPass() {
            CheckReport report = check(withRequirements(clause("a", "4", "A", "x"),
                    requirement("/req/x", "a", "X shall hold.", Obligation.SHALL),
                    requirement("/req/y", "a", "Y 应成立。", Obligation.SHALL)));

            assertThat(report.findings(Rule.DUPLICATE_REQUIREMENT_ID)).isEmpty();
        }
    }

    @Nested
    class MustUsed {

        @Test
        void mustInAClauseBodyIsAWarning() {
            CheckReport report = check(clauses(clause("paging", "4.2", "Paging",
                    "Collections must be paged and clients must not ask for more.")));

            assertThat(report.findings(Rule.MUST_USED)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().clause()).isEqualTo("paging");
                assertThat(f.message(Locale.ENGLISH)).startsWith("Uses “must”, “must not”.");
            });
        }

        @Test
        void biXuInAChineseRequirementIsAWarning() {
            CheckReport report = check(withRequirements(clause("auth", "5", "认证方式", "见下。"),
                    requirement("/req/auth", "auth", "系统必须支持数字证书认证，应支持电子身份标识认证。", Obligation.SHALL)));

            assertThat(report.findings(Rule.MUST_USED)).singleElement().satisfies(f -> {
                assertThat(f.location().requirement()).isEqualTo("/req/auth");
                assertThat(f.message(ZH)).startsWith("使用了“必须”。");
            });
            assertThat(report.findings(Rule.REQUIREMENT_NO_VERBAL_FORM)).isEmpty();
        }

        @Test
        void textsWithoutMustPass() {
            CheckReport report = check(clauses(clause("a", "4", "A", "Mustard and musters shall be listed."),
                    clause("b", "5", "B", "系统应支持数字证书认证。")));

            assertThat(report.findings(Rule.MUST_USED)).isEmpty();
        }
    }

    @Nested
    class MayNotUsed {

        @Test
        void mayNotAndBuKeAreWarnings() {
            CheckReport report = check(clauses(clause("a", "4", "A", "Tokens may not be logged."),
                    clause("b", "5", "B", "口令不可以明文形式存储。")));

            assertThat(report.findings(Rule.MAY_NOT_USED)).extracting(f -> f.location().clause())
                    .containsExactly("a", "b");
            assertThat(report.findings(Rule.MAY_NOT_USED).get(1).message(ZH)).startsWith("使用“不可”表示禁止。");
        }

        @Test
        void unavailableIsNotAProhibition() {
            CheckReport report = check(clauses(clause("a", "4", "A", "服务不可用时，客户端宜重试。"),
                    clause("b", "5", "B", "Clients may retry.")));

            assertThat(report.findings(Rule.MAY_NOT_USED)).isEmpty();
        }
    }

    @Nested
    class EmptyClause {

        @Test
        void leafWithoutTextOrRequirementsIsAWarning() {
            CheckReport report = check(clauses(clause("annex", "A", "Annex A", " "),
                    clause("naming", "4", "命名规则", "")));

            assertThat(report.findings(Rule.EMPTY_CLAUSE)).extracting(f -> f.location().clause())
                    .containsExactly("annex", "naming");
            assertThat(report.findings(Rule.EMPTY_CLAUSE).get(1).message(ZH)).isEqualTo("该条款没有正文、下级条款和要求。");
        }

        @Test
        void clauseWithChildrenOrRequirementsIsNotEmpty() {
            CheckReport report = check(withRequirements(
                    clause("naming", "4", "命名规则", "",
                            clause("naming-structure", "4.1", "名称结构", ""),
                            clause("naming-chars", "4.2", "字符", "数据元名称应使用简体中文。")),
                    requirement("/req/structure", "naming-structure", "名称应由对象类词组成。", Obligation.SHALL)));

            assertThat(report.findings(Rule.EMPTY_CLAUSE)).isEmpty();
        }
    }

    @Nested
    class UndefinedAbbreviation {

        @Test
        void undefinedAbbreviationIsAWarningAtItsFirstUse() {
            CheckReport report = check(clauses(
                    clause("scope", "1", "Scope", "This document covers transport security."),
                    clause("transport", "4", "Transport security", "External interfaces shall use TLS 1.2; "
                            + "internal ones should use TLS too."),
                    clause("more", "5", "More", "TLS again.")));

            assertThat(report.findings(Rule.UNDEFINED_ABBREVIATION)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().clause()).isEqualTo("transport");
                assertThat(f.message(Locale.ENGLISH)).startsWith("The abbreviation TLS is used (3 times)");
                assertThat(f.message(ZH)).startsWith("缩略语 TLS 被使用了 3 次");
            });
        }

        @Test
        void abbreviationInChineseTextIsFound() {
            CheckReport report = check(clauses(clause("api", "4", "接口", "系统应提供 API 接口。")));

            assertThat(report.findings(Rule.UNDEFINED_ABBREVIATION)).singleElement()
                    .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("API", "once"));
        }

        @Test
        void expansionInParenthesesDefinesIt() {
            CheckReport report = check(clauses(
                    clause("a", "4", "A", "Interfaces shall use Transport Layer Security (TLS)."),
                    clause("b", "5", "B", "The TLS version shall be 1.2 or later."),
                    clause("c", "6", "C", "接口应采用应用程序接口（API）形式，API 应有说明。")));

            assertThat(report.findings(Rule.UNDEFINED_ABBREVIATION)).isEmpty();
        }

        @Test
        void termsAndTheAbbreviationsClauseDefineIt() {
            EditionContent content = content(List.of(
                            clause("abbr", "4", "缩略语", "XML：可扩展标记语言\nCSV：逗号分隔值"),
                            clause("a", "5", "A", "The API shall accept XML and CSV; MDR entries are signed.")),
                    List.of(term("t-api", "application programming interface; API", "An interface."),
                            term("t-mdr", "MDR", "Metadata registry.")),
                    List.of(), List.of());

            assertThat(check(content).findings(Rule.UNDEFINED_ABBREVIATION)).isEmpty();
        }

        @Test
        void designatorsCodesLabelsAndNumeralsAreNotAbbreviations() {
            CheckReport report = check(clauses(
                    clause("a", "4", "A", "Dates follow ISO 8601 and ISO/IEC 27001; codes follow GB 32100, "
                            + "YD/T 1234, GA/T 2000 and RFC 7807; see DG/T 0101. Class II and Class IV apply."),
                    clause("b", "5", "B", "NOTE This is a note. Servers MUST NOT cache it. Text is UTF-8, "
                            + "hashes SHA-256, signatures SM2."),
                    clause("refs", "2", "Normative references", "GB/T 18391.1 Metadata registries (MDR) "
                            + "Part 1: Framework\nJT/T 808 Vehicle terminals: OBD protocol")));

            assertThat(report.findings(Rule.UNDEFINED_ABBREVIATION)).isEmpty();
        }

        @Test
        void referenceCodesOfTheEditionAreDesignators() {
            EditionContent content = content(List.of(clause("a", "4", "A", "Codes per JR numbering apply.")),
                    List.of(), List.of(reference("r1", "JR/T 0197", "2020")), List.of());

            assertThat(check(content).findings(Rule.UNDEFINED_ABBREVIATION)).isEmpty();
        }

        @Test
        void requirementStatementsAndDefinitionsAreScanned() {
            EditionContent content = content(List.of(clause("a", "4", "A", "Signing.")),
                    List.of(term("t-lic", "electronic licence", "A licence in XML form.")),
                    List.of(), List.of(requirement("/req/sig", "a", "Files shall carry an SM2 signature per HSM "
                            + "rules.", Obligation.SHALL)));

            assertThat(check(content).findings(Rule.UNDEFINED_ABBREVIATION))
                    .extracting(f -> f.location().requirement(), f -> f.location().term())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/req/sig", null),
                            org.assertj.core.groups.Tuple.tuple(null, "t-lic"));
        }
    }

    @Nested
    class TermUsedNotDefined {

        private final Term serviceItem = term("t-item", "government service item / 政务服务事项", "A service.");

        @Test
        void quotedTermShapedPhraseThatIsNotDefinedIsANote() {
            EditionContent content = content(List.of(
                            clause("a", "4", "A", "Each “service owner” shall keep the “service owner” list."),
                            clause("b", "5", "B", "“办理时限”应以工作日计。")),
                    List.of(serviceItem), List.of(), List.of());

            List<Finding> findings = check(content).findings(Rule.TERM_USED_NOT_DEFINED);
            assertThat(findings).extracting(f -> f.location().clause()).containsExactly("a", "b");
            assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(findings.get(0).message(Locale.ENGLISH)).startsWith("“service owner” is quoted like a term");
            assertThat(findings.get(1).message(ZH)).startsWith("“办理时限”以引号标出");
        }

        @Test
        void quotedDefinedTermsPassInEitherLanguageAndInThePlural() {
            EditionContent content = content(List.of(
                            clause("a", "4", "A", "Each “Government Service Item” and all “government service items” "
                                    + "shall carry a code. 每个“政务服务事项”应有编码。")),
                    List.of(serviceItem), List.of(), List.of());

            assertThat(check(content).findings(Rule.TERM_USED_NOT_DEFINED)).isEmpty();
        }

        @Test
        void literalsTitlesVerbalFormsAndAbbreviationsAreNotTerms() {
            CheckReport report = check(clauses(clause("a", "4", "A",
                    "The parameter \"limit\" and 'offset' are integers; “shall” is a verbal form; “XML” is a format; "
                            + "见《中华人民共和国数据安全法》；“应”和“不应”是助动词；“a b c d e f g” is a sentence.")));

            assertThat(report.findings(Rule.TERM_USED_NOT_DEFINED)).isEmpty();
        }

        @Test
        void examplesAndListsOfQuotesAreNotTerms() {
            EditionContent content = content(List.of(clause("a", "4", "A",
                            "表示词如“代码”，取值为“日期”“名称”或“金额”; values such as “open data” are listed.")),
                    List.of(term("t-rep", "表示词", "描述值域表示形式的词，例如“代码”“日期”“名称”。")),
                    List.of(), List.of());

            assertThat(check(content).findings(Rule.TERM_USED_NOT_DEFINED)).isEmpty();
        }

        @Test
        void termDefinitionsAreNotScannedForQuotes() {
            EditionContent content = content(List.of(clause("a", "4", "A", "数据元应有“表示词”。")),
                    List.of(term("t-rep", "表示词", "取自“值域”的词。")), List.of(), List.of());

            assertThat(check(content).findings(Rule.TERM_USED_NOT_DEFINED)).isEmpty();
        }
    }

    @Nested
    class TermDefinedNotUsed {

        @Test
        void termIsUsedThroughItsAbbreviation() {
            EditionContent content = content(List.of(clause("a", "4", "A", "Every data API shall be described.")),
                    List.of(term("t-api", "application programming interface (API)", "An interface."),
                            term("t-csv", "comma-separated values (CSV)", "A format.")),
                    List.of(), List.of());

            CheckReport report = check(content);

            assertThat(report.findings(Rule.TERM_DEFINED_NOT_USED)).extracting(f -> f.location().term())
                    .containsExactly("t-csv");
            assertThat(report.findings(Rule.UNDEFINED_ABBREVIATION)).isEmpty();
        }

        @Test
        void termUsedNowhereIsANote() {
            EditionContent content = content(List.of(clause("a", "4", "A", "政务数据应分类。")),
                    List.of(term("t-data", "government data / 政务数据", "Data of government bodies."),
                            term("t-lic", "electronic licence / 电子证照", "A licence issued in electronic form.")),
                    List.of(), List.of());

            assertThat(check(content).findings(Rule.TERM_DEFINED_NOT_USED)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().term()).isEqualTo("t-lic");
                assertThat(f.message(Locale.ENGLISH)).contains("“electronic licence / 电子证照”");
                assertThat(f.message(ZH)).startsWith("术语“electronic licence / 电子证照”已定义");
            });
        }

        @Test
        void useInARequirementAHeadingOrAnotherDefinitionCounts() {
            EditionContent content = content(
                    List.of(clause("a", "4", "Electronic licences", "Licences are signed.")),
                    List.of(term("t-lic", "electronic licence", "A licence in electronic form."),
                            term("t-holder", "holder", "The party named in an electronic licence."),
                            term("t-item", "service item", "A service."),
                            term("t-body", "issuing body", "The body that issues a licence.")),
                    List.of(),
                    List.of(requirement("/req/a", "a", "Each Service Item shall name its issuing body.",
                            Obligation.SHALL)));

            assertThat(check(content).findings(Rule.TERM_DEFINED_NOT_USED)).extracting(f -> f.location().term())
                    .containsExactly("t-holder");
        }

        @Test
        void useOnlyInItsOwnDefinitionDoesNotCount() {
            EditionContent content = content(List.of(clause("a", "4", "A", "Nothing here.")),
                    List.of(term("t-x", "data element", "A data element is a unit of data.")), List.of(), List.of());

            assertThat(check(content).findings(Rule.TERM_DEFINED_NOT_USED)).hasSize(1);
        }
    }

    @Nested
    class References {

        private final InMemoryReferenceResolver library = new InMemoryReferenceResolver(List.of(
                known("DG/T 0201", "2022", Stage.WITHDRAWN, "2025", Stage.PUBLISHED),
                known("DG/T 0101", "2023", Stage.PUBLISHED, "2026", Stage.ENQUIRY_BALLOT),
                known("DG/T 0001", "2024", Stage.PUBLISHED),
                known("DG/T 0900", "2020", Stage.WITHDRAWN),
                known("GB/T 22239", "2008", Stage.PUBLISHED, "2019", Stage.PUBLISHED)), java.util.Set.of("DG/T"));

        private CheckReport checkReferences(ReferenceResolver resolver, Reference... references) {
            return new EditorialChecker(resolver).check("DG/T 0102", "2026", Stage.COMMITTEE_DRAFT,
                    content(List.of(), List.of(), List.of(references), List.of()));
        }

        @Test
        void datedReferenceToAWithdrawnEditionIsAnErrorNamingTheCurrentOne() {
            CheckReport report = checkReferences(library, reference("r1", "DG/T 0201", "2022"));

            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.REFERENCE_TO_WITHDRAWN_EDITION);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().reference()).isEqualTo("r1");
                assertThat(f.message(Locale.ENGLISH)).isEqualTo("The reference to DG/T 0201-2022 cites a withdrawn "
                        + "edition (95.99); the current edition is DG/T 0201-2025.");
                assertThat(f.message(ZH)).isEqualTo("引用的 DG/T 0201-2022 已废止（95.99），现行版本为 DG/T 0201-2025。");
            });
        }

        @Test
        void referencesToAWithdrawnStandardWithoutSuccessorAreErrors() {
            CheckReport report = checkReferences(library, reference("r1", "DG/T 0900", "2020"),
                    reference("r2", "DG/T 0900", null));

            assertThat(report.findings()).extracting(Finding::rule).containsOnly(Rule.REFERENCE_TO_WITHDRAWN_EDITION);
            assertThat(report.findings().get(0).message(Locale.ENGLISH)).endsWith("cites a withdrawn edition (95.99).");
            assertThat(report.findings().get(1).message(ZH))
                    .isEqualTo("不注日期引用的 DG/T 0900 指向其最新版本 DG/T 0900-2020，该版本已废止（95.99）。");
        }

        @Test
        void datedReferenceToAnOlderPublishedEditionIsSuperseded() {
            CheckReport report = checkReferences(library, reference("r1", "GB/T 22239", "2008"));

            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.REFERENCE_TO_SUPERSEDED_EDITION);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message(Locale.ENGLISH)).isEqualTo("The reference to GB/T 22239-2008 cites an edition "
                        + "superseded by GB/T 22239-2019 (60.60 Published).");
                assertThat(f.message(ZH)).isEqualTo("引用的 GB/T 22239-2008 已被 GB/T 22239-2019（60.60 已发布）代替。");
            });
        }

        @Test
        void currentDatedUndatedAndDraftSuccessorReferencesPass() {
            CheckReport report = checkReferences(library, reference("r1", "DG/T 0201", "2025"),
                    reference("r2", "DG/T 0201", null), reference("r3", "DG/T 0101", "2023"),
                    reference("r4", "dg/t0001", "2024"), reference("r5", "GB/T 22239", null),
                    reference("r6", "GB/T 9999", "2010"));

            assertThat(report.findings()).isEmpty();
        }

        @Test
        void unknownInternalCodeAndUnknownEditionAreNotes() {
            CheckReport report = checkReferences(library, reference("r1", "DG/T 0999", null),
                    reference("r2", "DG/T 0001", "2019"), reference("r3", "ISO 8601", "2019"));

            assertThat(report.findings()).extracting(Finding::rule, f -> f.location().reference())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.REFERENCE_UNKNOWN, "r1"),
                            org.assertj.core.groups.Tuple.tuple(Rule.REFERENCE_UNKNOWN, "r2"));
            assertThat(report.findings().get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(report.findings().get(0).message(ZH)).isEqualTo("标准库中没有标准 DG/T 0999。");
            assertThat(report.findings().get(1).message(Locale.ENGLISH))
                    .isEqualTo("The library holds DG/T 0001 but no edition 2019 of it.");
        }

        @Test
        void ownPrefixCountsAsInternalEvenForAResolverThatKnowsNothing() {
            CheckReport report = checkReferences(ReferenceResolver.none(), reference("r1", "DG/T 0101", null),
                    reference("r2", "GB/T 2260", null));

            assertThat(report.findings()).extracting(f -> f.location().reference()).containsExactly("r1");
        }

        @Test
        void resolverMayDeclareOtherPrefixesInternal() {
            InMemoryReferenceResolver resolver = new InMemoryReferenceResolver(
                    List.of(known("DB11/T 0001", "2020", Stage.PUBLISHED)));

            CheckReport report = checkReferences(resolver, reference("r1", "DB11/T 0002", null));

            assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.REFERENCE_UNKNOWN);
        }
    }

    @Test
    void cleanEditionHasNoFindings() {
        EditionContent content = content(
                List.of(clause("scope", "1", "Scope", "This document specifies paging for government data APIs."),
                        clause("terms", "3", "Terms and definitions", "The following terms apply."),
                        clause("abbr", "4", "Abbreviated terms", "API application programming interface"),
                        clause("paging", "5", "Paging", "Each “data collection” shall be paged.")),
                List.of(term("t-coll", "data collection", "A set of records an API returns.")),
                List.of(reference("r1", "DG/T 0101", "2023")),
                List.of(requirement("/req/paging", "paging", "Each data collection shall be paged.", Obligation.SHALL)));
        EditorialChecker withLibrary = new EditorialChecker(new InMemoryReferenceResolver(
                List.of(known("DG/T 0101", "2023", Stage.PUBLISHED))));

        assertThat(withLibrary.check("DG/T 0102", "2026", Stage.COMMITTEE_DRAFT, content).findings()).isEmpty();
    }
}
