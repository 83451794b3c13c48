package org.normative.conformance.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportText;
import org.normative.conformance.result.Finding;

/**
 * The findings grouped by test case and rule: each rule with its severity and full count, and a sample table of at
 * most {@link ReportModel#SAMPLE} findings with their location, message and the offending value or source snippet.
 * Where the sample is smaller than the count a notice says so, and where the full list is.
 */
record FindingsSection(ReportModel model, ReportText text, Typography type) {

    /** Longest value and snippet printed; a human report shows where to look, the XLSX and JSON keep the rest. */
    private static final int MAX_ACTUAL = 300;
    private static final int MAX_SNIPPET = 800;
    private static final int MAX_MESSAGE = 1_000;


    void draw(PageFlow flow) throws IOException {
        if (model.findingGroups().isEmpty()) {
            flow.paragraph(text.get("report.noFindings"), type.body());
            return;
        }
        Map<String, ReportModel.TestCaseRow> testCases = model.testCases().stream()
                .collect(Collectors.toMap(ReportModel.TestCaseRow::id, Function.identity(), (a, b) -> a));
        String current = null;
        for (ReportModel.RuleGroup group : model.findingGroups()) {
            if (!group.testCase().equals(current)) {
                if (current != null) {
                    flow.down(8);
                }
                current = group.testCase();
                ReportModel.TestCaseRow row = testCases.get(current);
                flow.ensure(type.subheading().leading() * 2 + 90);
                flow.paragraph(text.get("report.findings.testCase", current, row == null ? "" : text.of(row.title())),
                        type.subheading());
                flow.down(4);
            }
            rule(flow, group);
        }
    }

    private void rule(PageFlow flow, ReportModel.RuleGroup group) throws IOException {
        flow.ensure(type.body().leading() * 3 + 60);
        flow.paragraph(text.get("report.findings.rule", group.ruleId(), text.severity(group.severity()), group.count()),
                type.body().coloured(Palette.of(group.severity())).emphasised());
        if (group.capped()) {
            flow.paragraph(text.get("report.findings.capped", group.sample().size(), group.count()),
                    type.body().coloured(Palette.AMBER));
        }
        flow.down(3);
        boolean withEvidence = group.sample().stream().anyMatch(f -> f.actual() != null || f.snippet() != null);
        List<PdfTable.Column> columns = new ArrayList<>(List.of(
                new PdfTable.Column(text.get("report.column.number"), 7, type.cell()),
                new PdfTable.Column(text.get("report.column.location"), withEvidence ? 30 : 38, type.cellMono()),
                new PdfTable.Column(text.get("report.column.message"), withEvidence ? 35 : 55, type.cell())));
        if (withEvidence) {
            columns.add(new PdfTable.Column(text.get("report.column.actual") + " / " + text.get("report.column.snippet"), 28,
                    type.cellMono()));
        }
        PdfTable table = new PdfTable(flow, type.tableHeader(), columns, true);
        table.start();
        int number = 1;
        for (Finding finding : group.sample()) {
            table.row(List.of(PdfTable.Cell.of(String.valueOf(number++)),
                    PdfTable.Cell.of(clip(finding.location().toString(), MAX_ACTUAL)),
                    PdfTable.Cell.of(clip(finding.message(), MAX_MESSAGE)), PdfTable.Cell.of(evidence(finding))));
        }
        flow.down(10);
    }

    private static String evidence(Finding finding) {
        StringBuilder evidence = new StringBuilder();
        if (finding.actual() != null) {
            evidence.append(clip(finding.actual(), MAX_ACTUAL));
        }
        if (finding.snippet() != null) {
            if (evidence.length() > 0) {
                evidence.append('\n');
            }
            evidence.append(clip(finding.snippet(), MAX_SNIPPET));
        }
        return evidence.toString();
    }

    private static String clip(String value, int max) {
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max)) + "…";
    }
}
