package org.normative.conformance.report.pdf;

import java.io.IOException;
import java.util.List;

import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportText;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.ArtifactRecord;

/** The tables of the report: results per class, per requirement and per test case, and the artifacts tested. */
record ResultTables(ReportModel model, ReportText text, Typography type) {

    void classes(PageFlow flow) throws IOException {
        PdfTable table = table(flow, column("report.column.class", 40), column("report.column.testCases", 13),
                column("report.column.notSatisfied", 13), column("report.column.verdict", 18),
                column("report.column.conformant", 16));
        for (ReportModel.ClassRow row : model.classes()) {
            String title = row.title() == null ? "" : "\n" + text.of(row.title());
            table.row(List.of(new PdfTable.Cell(row.id() + title, type.cell(), null), number(row.testCases()),
                    number(row.notSatisfied()), verdict(row.verdict()),
                    new PdfTable.Cell(text.yesNo(row.conformant()), type.flag(row.conformant() ? Palette.GREEN : Palette.RED),
                            null)));
        }
    }

    void requirements(PageFlow flow) throws IOException {
        if (model.requirements().isEmpty()) {
            flow.paragraph(text.get("report.noRequirements"), type.body());
            return;
        }
        PdfTable table = table(flow, monoColumn("report.column.requirement", 23), column("report.column.clause", 20),
                column("report.column.statement", 40), column("report.column.verdict", 17));
        for (ReportModel.RequirementRow row : model.requirements()) {
            String clause = row.clause().isBlank() ? text.get("report.clauseUnknown") : row.clause();
            String statement = row.statement().isBlank() ? text.get("report.none") : row.statement();
            table.row(List.of(PdfTable.Cell.of(row.id()), PdfTable.Cell.of(clause), PdfTable.Cell.of(statement),
                    verdict(row.verdict())));
        }
    }

    void testCases(PageFlow flow) throws IOException {
        PdfTable table = table(flow, monoColumn("report.column.testCase", 21), column("report.column.title", 22),
                column("report.column.class", 9), column("report.column.verdict", 12), column("report.column.findings", 9),
                column("report.column.reason", 27));
        for (ReportModel.TestCaseRow row : model.testCases()) {
            table.row(List.of(PdfTable.Cell.of(row.id()), PdfTable.Cell.of(text.of(row.title())),
                    PdfTable.Cell.of(row.classId()), verdict(row.verdict()), number(row.findingCount()),
                    PdfTable.Cell.of(text.of(row.reason()))));
        }
    }

    void artifacts(PageFlow flow) throws IOException {
        if (model.artifacts().isEmpty()) {
            flow.paragraph(text.get("report.noArtifacts"), type.body());
            return;
        }
        PdfTable table = table(flow, column("report.column.role", 9), column("report.column.name", 23),
                column("report.column.mediaType", 18), column("report.column.size", 14), monoColumn("report.column.sha256", 36));
        for (ArtifactRecord artifact : model.artifacts()) {
            table.row(List.of(PdfTable.Cell.of(artifact.role()), PdfTable.Cell.of(artifact.name()),
                    PdfTable.Cell.of(artifact.mediaType()), number(artifact.size()), PdfTable.Cell.of(artifact.sha256())));
        }
    }

    private PdfTable table(PageFlow flow, PdfTable.Column... columns) throws IOException {
        PdfTable table = new PdfTable(flow, type.tableHeader(), List.of(columns), true);
        table.start();
        return table;
    }

    private PdfTable.Column column(String key, float weight) {
        return new PdfTable.Column(text.get(key), weight, type.cell());
    }

    private PdfTable.Column monoColumn(String key, float weight) {
        return new PdfTable.Column(text.get(key), weight, type.cellMono());
    }

    PdfTable.Cell verdict(Verdict verdict) {
        return new PdfTable.Cell(text.verdict(verdict), type.flag(Palette.of(verdict)), Palette.tint(Palette.of(verdict)));
    }

    PdfTable.Cell number(long value) {
        return PdfTable.Cell.of(String.format(text.locale(), "%,d", value));
    }
}
