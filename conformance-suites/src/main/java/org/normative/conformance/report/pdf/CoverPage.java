package org.normative.conformance.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.normative.standards.publishing.pdf.layout.LineBreaker;
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.standards.publishing.pdf.layout.Style;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportText;

/**
 * The first page: the title, then the verdict big and in its colour with the sentence that explains it and whether
 * the system can be certified, then who and what was verified, against which standard, with which suite and tool.
 */
record CoverPage(ReportModel model, ReportText text, Typography type) {

    private static final float PANEL_PADDING = 16;


    void draw(PageFlow flow) throws IOException {
        flow.paragraph(text.get("report.title"), type.title());
        flow.down(2);
        flow.paragraph(text.of(model.suite().title()), type.subheading().coloured(Palette.MUTED));
        flow.paragraph(text.get("report.standardLine", model.suite().standardCode(), model.suite().edition()), type.muted());
        flow.down(16);
        verdictPanel(flow);
        flow.down(14);
        if (model.cancelled()) {
            flow.paragraph(text.get("report.cancelled"), type.body().coloured(Palette.RED).emphasised());
            flow.down(8);
        }
        group(flow, "report.group.subject", List.of(
                field("report.field.organisation", model.subject().organisation()),
                field("report.field.system", model.subject().system()),
                field("report.field.systemVersion", model.subject().version()),
                field("report.field.claimedClasses", String.join(", ", model.claimedClasses()))));
        group(flow, "report.group.standard", List.of(
                field("report.field.standard", model.suite().standardCode()),
                field("report.field.edition", model.suite().edition()),
                field("report.field.suite", model.suite().id()),
                field("report.field.suiteTitle", text.of(model.suite().title())),
                field("report.field.suiteVersion", model.suite().version()),
                field("report.field.suiteStatus", model.suite().status()),
                mono("report.field.suiteSha256", model.suite().sha256())));
        group(flow, "report.group.tool", List.of(
                field("report.field.tool", model.toolName() + " " + model.toolVersion()),
                field("report.field.engines", engines())));
        group(flow, "report.group.report", List.of(
                mono("report.field.reportId", model.reportId()),
                field("report.field.date", text.date(model.generatedAt())),
                field("report.field.duration", text.duration(model.durationMs()))));
    }

    private void verdictPanel(PageFlow flow) throws IOException {
        Color colour = Palette.of(model.verdict());
        float inner = flow.width() - 2 * PANEL_PADDING;
        Style label = type.muted().coloured(Color.WHITE);
        Style verdict = type.title().sized(26).coloured(Color.WHITE);
        Style summary = type.body().sized(11).coloured(Color.WHITE);
        Style certifiable = type.subheading().sized(12).coloured(Color.WHITE);
        List<String> summaryLines = LineBreaker.lines(text.of(model.summary()), summary, inner);
        String certifiableLine = summary.face().drawable(text.get("report.certifiable", text.yesNo(model.certifiable())));
        float height = PANEL_PADDING + label.leading() + verdict.leading() + 4 + summaryLines.size() * summary.leading() + 6
                + certifiable.leading() + PANEL_PADDING;
        flow.ensure(height);
        float top = flow.y();
        flow.fill(flow.left(), top, flow.width(), height, colour);
        float x = flow.left() + PANEL_PADDING;
        float y = top - PANEL_PADDING;
        flow.line(label.face().drawable(text.get("report.overallLabel")), label, x, y - label.ascent());
        y -= label.leading();
        flow.line(verdict.face().drawable(text.overall(model.verdict())), verdict, x, y - verdict.ascent());
        y -= verdict.leading() + 4;
        for (String line : summaryLines) {
            flow.line(line, summary, x, y - summary.ascent());
            y -= summary.leading();
        }
        y -= 6;
        flow.line(certifiableLine, certifiable, x, y - certifiable.ascent());
        flow.down(height);
    }

    private void group(PageFlow flow, String heading, List<List<PdfTable.Cell>> rows) throws IOException {
        flow.ensure(type.subheading().leading() + rows.size() * type.cell().leading() + 12);
        flow.paragraph(text.get(heading), type.subheading().coloured(Palette.ACCENT));
        flow.down(2);
        PdfTable table = new PdfTable(flow, null, List.of(
                new PdfTable.Column(null, 28, type.muted().sized(8.5f)),
                new PdfTable.Column(null, 72, type.cell().sized(9))), false);
        table.start();
        for (List<PdfTable.Cell> row : rows) {
            table.row(row);
        }
        flow.down(10);
    }

    private List<PdfTable.Cell> field(String key, String value) {
        return List.of(PdfTable.Cell.of(text.get(key)), PdfTable.Cell.of(orNone(value)));
    }

    private List<PdfTable.Cell> mono(String key, String value) {
        return List.of(PdfTable.Cell.of(text.get(key)), new PdfTable.Cell(orNone(value), type.cellMono().sized(8.5f), null));
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? text.get("report.none") : value;
    }

    /** One engine a line, by name. */
    private String engines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> engine : new TreeMap<>(model.engines()).entrySet()) {
            lines.add(engine.getKey() + " " + engine.getValue());
        }
        return String.join("\n", lines);
    }
}
