package org.normative.conformance.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportText;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;

/**
 * The spreadsheet report: a summary, the results per test case, every finding the run kept (not only the PDF's
 * sample), the requirements, the artifacts, and a Manual judgements sheet that an evaluator fills in offline and
 * imports back ({@link ManualJudgementReader}). Verdicts are written as their codes (PASS, FAIL, ...), the same words
 * the judgement column takes, so a sheet filters the same in either language. Written with SXSSF: only a window of
 * rows is in memory, whatever the number of findings.
 */
public final class XlsxReportWriter {

    private static final int ROW_WINDOW = 200;

    /** Writes the report of a run; the model gives what people read, the record every finding. */
    public void write(ReportModel model, RunRecord run, Locale locale, OutputStream out) throws IOException {
        if (!model.reportId().equals(run.runId())) {
            throw new IllegalArgumentException("the report model " + model.reportId() + " is not of run " + run.runId());
        }
        ReportText text = new ReportText(locale);
        // closing an SXSSF workbook also deletes its temporary files (POI 5.3 and later)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            XlsxStyles styles = new XlsxStyles(workbook);
            summary(workbook, styles, text, model);
            results(workbook, styles, text, model);
            findings(workbook, styles, text, run);
            requirements(workbook, styles, text, model);
            artifacts(workbook, styles, text, model);
            judgements(workbook, styles, text, model);
            workbook.write(out);
        }
    }

    private static void summary(SXSSFWorkbook workbook, XlsxStyles styles, ReportText text, ReportModel model) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(text.get("report.sheet.summary")), styles,
                List.of(text.get("report.column.item"), text.get("report.column.value")), 26, 100);
        field(sheet, styles, text, "report.field.verdict", model.verdict().name());
        field(sheet, styles, text, "report.field.summary", text.of(model.summary()));
        field(sheet, styles, text, "report.field.certifiable", text.yesNo(model.certifiable()));
        field(sheet, styles, text, "report.field.organisation", model.subject().organisation());
        field(sheet, styles, text, "report.field.system", model.subject().system());
        field(sheet, styles, text, "report.field.systemVersion", model.subject().version());
        field(sheet, styles, text, "report.field.claimedClasses", String.join(", ", model.claimedClasses()));
        field(sheet, styles, text, "report.field.standard", model.suite().standardCode());
        field(sheet, styles, text, "report.field.edition", model.suite().edition());
        field(sheet, styles, text, "report.field.suite", model.suite().id());
        field(sheet, styles, text, "report.field.suiteTitle", text.of(model.suite().title()));
        field(sheet, styles, text, "report.field.suiteStatus", model.suite().status());
        field(sheet, styles, text, "report.field.suiteSha256", model.suite().sha256());
        field(sheet, styles, text, "report.field.tool", model.toolName() + " " + model.toolVersion());
        Map<String, String> engines = new TreeMap<>(model.engines());
        field(sheet, styles, text, "report.field.engines", String.join(", ",
                engines.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        field(sheet, styles, text, "report.field.reportId", model.reportId());
        field(sheet, styles, text, "report.field.date", text.date(model.generatedAt()));
        field(sheet, styles, text, "report.field.duration", text.duration(model.durationMs()));
        if (model.cancelled()) {
            field(sheet, styles, text, "report.field.summary", text.get("report.cancelled"));
        }
    }

    private static void field(SheetWriter sheet, XlsxStyles styles, ReportText text, String key, String value) {
        sheet.style(sheet.row(text.get(key), value), 0, styles.key());
    }

    private static void results(SXSSFWorkbook workbook, XlsxStyles styles, ReportText text, ReportModel model) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(text.get("report.sheet.results")), styles,
                headers(text, "testCase", "title", "class", "requirements", "mandatory", "verdict", "durationMs", "findings",
                        "reason"), 34, 40, 10, 30, 10, 16, 12, 10, 60);
        for (ReportModel.TestCaseRow row : model.testCases()) {
            Row written = sheet.row(row.id(), text.of(row.title()), row.classId(), String.join(", ", row.requirements()),
                    text.yesNo(row.mandatory()), row.verdict().name(), row.durationMs(), row.findingCount(),
                    text.of(row.reason()));
            sheet.style(written, 5, styles.verdict(row.verdict()));
        }
        sheet.finish();
    }

    private static void findings(SXSSFWorkbook workbook, XlsxStyles styles, ReportText text, RunRecord run) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(text.get("report.sheet.findings")), styles,
                headers(text, "testCase", "rule", "severity", "message", "artifact", "line", "column", "pointer", "xpath", "row",
                        "field", "page", "actual", "snippet"), 30, 18, 10, 60, 24, 8, 8, 24, 30, 8, 14, 8, 24, 40);
        long left = run.results().stream().mapToLong(r -> r.checks().stream().mapToLong(c -> c.findings().size()).sum())
                .sum();
        for (TestCaseResult result : run.results()) {
            for (Finding finding : result.findings()) {
                if (sheet.room() <= 1) {
                    sheet.row(text.get("report.findings.sheetFull", left));
                    sheet.finish();
                    return;
                }
                Location l = finding.location();
                sheet.row(result.testCase(), finding.ruleId(), finding.severity().name(), finding.message(), l.artifact(),
                        l.line(), l.column(), l.pointer(), l.xpath(), l.row(), l.field(), l.page(), finding.actual(),
                        finding.snippet());
                left--;
            }
        }
        sheet.finish();
    }

    private static void requirements(SXSSFWorkbook workbook, XlsxStyles styles, ReportText text, ReportModel model) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(text.get("report.sheet.requirements")), styles,
                headers(text, "requirement", "clause", "statement", "obligation", "verdict", "testCases"),
                30, 28, 70, 12, 16, 40);
        for (ReportModel.RequirementRow row : model.requirements()) {
            Row written = sheet.row(row.id(), row.clause(), row.statement(), row.obligation(), row.verdict().name(),
                    String.join(", ", row.testCases()));
            sheet.style(written, 4, styles.verdict(row.verdict()));
        }
        sheet.finish();
    }

    private static void artifacts(SXSSFWorkbook workbook, XlsxStyles styles, ReportText text, ReportModel model) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(text.get("report.sheet.artifacts")), styles,
                headers(text, "role", "name", "mediaType", "size", "sha256"), 14, 36, 26, 14, 70);
        for (ArtifactRecord a : model.artifacts()) {
            sheet.row(a.role(), a.name(), a.mediaType(), a.size(), a.sha256());
        }
        sheet.finish();
    }

    /** One row per test case awaiting a judgement; the judgement column offers only the verdicts an evaluator gives. */
    private static void judgements(SXSSFWorkbook workbook, XlsxStyles styles, ReportText text, ReportModel model) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(text.get(ManualJudgement.SHEET)), styles,
                ManualJudgement.COLUMNS.stream().map(text::get).toList(), 34, 40, 18, 50, 20, 14);
        int first = 1;
        for (ReportModel.TestCaseRow row : model.testCases()) {
            if (row.verdict() == Verdict.INCONCLUSIVE) {
                Row written = sheet.row(row.id(), text.of(row.title()), null, null, null, null);
                sheet.style(written, ManualJudgement.DATE, styles.date());
            }
        }
        int last = sheet.rowsWritten() - 1;
        if (last >= first) {
            DataValidationHelper helper = sheet.sheet().getDataValidationHelper();
            DataValidationConstraint list = helper.createExplicitListConstraint(
                    ManualJudgement.VERDICTS.stream().map(Verdict::name).toArray(String[]::new));
            DataValidation validation = helper.createValidation(list,
                    new CellRangeAddressList(first, last, ManualJudgement.JUDGEMENT, ManualJudgement.JUDGEMENT));
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
            validation.createPromptBox(text.get("report.judgement.promptTitle"), text.get("report.judgement.prompt"));
            validation.setShowPromptBox(true);
            sheet.sheet().addValidationData(validation);
        }
        sheet.finish();
    }

    private static List<String> headers(ReportText text, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> text.get("report.column." + c)).toList();
    }
}
