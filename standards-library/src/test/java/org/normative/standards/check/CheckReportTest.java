package org.normative.standards.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.standards.check.Fixtures.clause;
import static org.normative.standards.check.Fixtures.content;
import static org.normative.standards.check.Fixtures.known;
import static org.normative.standards.check.Fixtures.reference;
import static org.normative.standards.check.Fixtures.requirement;
import static org.normative.standards.check.Fixtures.term;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Stage;

class CheckReportTest {

    /** One finding in each part of the document, listed out of document order on purpose. */
    private static final EditionContent CONTENT = content(
            List.of(clause("scope", "1", "Scope", "This document covers paging."),
                    clause("api", "4", "Interfaces", "",
                            clause("paging", "4.2", "Paging", "Collections must be paged."),
                            clause("errors", "4.3", "Errors", ""))),
            List.of(term("t-unused", "catalogue", "A list.")),
            List.of(reference("r1", "DG/T 0201", "2022")),
            List.of(requirement("/req/orphan", "gone", "Items shall be listed.", Obligation.SHALL),
                    requirement("/req/paging", "paging", "Collections are paged.", Obligation.SHALL)));

    private static CheckReport report() {
        EditorialChecker checker = new EditorialChecker(new InMemoryReferenceResolver(
                List.of(known("DG/T 0201", "2022", Stage.WITHDRAWN, "2025", Stage.PUBLISHED))));
        Edition edition = new Edition(7, "2026", Stage.COMMITTEE_DRAFT, null, null, null, null);
        return checker.check("DG/T 0102", edition, CONTENT);
    }

    @Test
    void findingsComeInDocumentOrder() {
        assertThat(report().findings()).extracting(Finding::ruleId).containsExactly(
                "must-used",                       // 4.2 Paging, the clause
                "requirement-no-verbal-form",      // 4.2 Paging, its requirement
                "empty-clause",                    // 4.3 Errors
                "requirement-clause-missing",      // requirement of no clause
                "term-defined-not-used",           // terms
                "reference-to-withdrawn-edition"); // references
    }

    @Test
    void countsEverySeverity() {
        CheckReport report = report();

        assertThat(report.counts()).containsExactly(Map.entry(Severity.ERROR, 3), Map.entry(Severity.WARNING, 2),
                Map.entry(Severity.INFO, 1));
        assertThat(report.hasErrors()).isTrue();
        assertThat(new CheckReport("DG/T 0102", "2026", null, List.of()).hasErrors()).isFalse();
    }

    @Test
    void textReportHasOneLinePerFindingAndASummaryInEnglish() {
        String[] lines = report().toText(Locale.ENGLISH).split("\n");

        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("WARNING must-used 4.2 Paging: Uses “must”.");
        assertThat(lines[1]).startsWith("ERROR requirement-no-verbal-form 4.2 Paging /req/paging: Requirement "
                + "/req/paging has no verbal form");
        assertThat(lines[3]).isEqualTo("ERROR requirement-clause-missing gone /req/orphan: Requirement /req/orphan "
                + "belongs to the clause “gone”, which this edition does not have.");
        assertThat(lines[4]).startsWith("INFO term-defined-not-used term t-unused: The term “catalogue”");
        assertThat(lines[5]).startsWith("ERROR reference-to-withdrawn-edition reference r1: ");
        assertThat(lines[6]).isEqualTo("DG/T 0102@2026: 3 errors, 2 warnings, 1 note");
    }

    @Test
    void textReportIsInChinese() {
        String[] lines = report().toText(Locale.SIMPLIFIED_CHINESE).split("\n");

        assertThat(lines[0]).startsWith("警告 must-used 4.2 Paging：使用了“must”。");
        assertThat(lines[2]).isEqualTo("警告 empty-clause 4.3 Errors：该条款没有正文、下级条款和要求。");
        assertThat(lines[4]).startsWith("提示 term-defined-not-used 术语 t-unused：术语“catalogue”已定义");
        assertThat(lines[5]).isEqualTo("错误 reference-to-withdrawn-edition 引用 r1：引用的 DG/T 0201-2022 已废止（95.99），"
                + "现行版本为 DG/T 0201-2025。");
        assertThat(lines[6]).isEqualTo("DG/T 0102@2026：错误 3 个，警告 2 个，提示 1 个");
    }

    @Test
    void emptyReportSaysSo() {
        assertThat(new CheckReport("DG/T 0102", "2026", null, List.of()).toText(Locale.ENGLISH))
                .isEqualTo("DG/T 0102@2026: no errors, no warnings, no notes\n");
    }

    @Test
    void jsonTreeSerializesToTheCommandLineShape() throws Exception {
        String json = new ObjectMapper().writeValueAsString(report().toJson(Locale.ENGLISH));
        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(root.path("edition").path("code").asText()).isEqualTo("DG/T 0102");
        assertThat(root.path("edition").path("label").asText()).isEqualTo("2026");
        assertThat(root.path("edition").path("stage").asText()).isEqualTo("30.00");
        JsonNode first = root.path("findings").get(1);
        assertThat(first.path("rule").asText()).isEqualTo("requirement-no-verbal-form");
        assertThat(first.path("severity").asText()).isEqualTo("ERROR");
        assertThat(first.path("message").asText()).startsWith("Requirement /req/paging has no verbal form");
        JsonNode location = first.path("location");
        assertThat(location.path("clause").asText()).isEqualTo("paging");
        assertThat(location.path("number").asText()).isEqualTo("4.2");
        assertThat(location.path("heading").asText()).isEqualTo("Paging");
        assertThat(location.path("requirement").asText()).isEqualTo("/req/paging");
        assertThat(location.has("term")).isTrue();
        assertThat(location.path("term").isNull()).isTrue();
        assertThat(location.has("reference")).isTrue();
        assertThat(root.path("findings")).hasSize(6);
        assertThat(root.path("counts").path("error").asInt()).isEqualTo(3);
        assertThat(root.path("counts").path("warning").asInt()).isEqualTo(2);
        assertThat(root.path("counts").path("info").asInt()).isEqualTo(1);
    }

    @Test
    void jsonMessagesFollowTheLocale() {
        CheckReportJson json = report().toJson(Locale.SIMPLIFIED_CHINESE);

        assertThat(json.findings().get(2).message()).isEqualTo("该条款没有正文、下级条款和要求。");
    }

    @Test
    void reportCarriesTheEditionItChecked() {
        CheckReport report = report();

        assertThat(report.standardCode()).isEqualTo("DG/T 0102");
        assertThat(report.editionLabel()).isEqualTo("2026");
        assertThat(report.stage()).isEqualTo(Stage.COMMITTEE_DRAFT);
    }
}
