package org.normative.conformance.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.normative.standards.publishing.pdf.layout.CjkFont;
import org.normative.standards.publishing.pdf.layout.PageFlow;
import org.normative.conformance.report.signing.PdfSignature;
import org.normative.conformance.report.ReportModel;
import org.normative.conformance.report.ReportText;

/**
 * The report an agency files: the verdict and whether the system can be certified first, in plain words; who and
 * what was verified, against which standard edition, with which suite (and its SHA-256) and tool; the contents; then
 * the results per class, per requirement and per test case, the findings grouped by rule with a capped sample, and
 * the artifacts with their hashes. English or Simplified Chinese; every glyph from one embedded font (subset).
 *
 * <p>Pages are written as they fill and findings are only the model's capped sample, so a run with many thousands
 * of findings gives a report of a few pages more, not thousands.
 */
public final class PdfReportWriter {

    public void write(ReportModel model, Locale locale, OutputStream out) throws IOException {
        ReportText text = new ReportText(locale);
        // page contents beyond 32 MB go to a temporary file: a report of a huge suite stays within memory
        try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(32L << 20).streamCache);
             CjkFont fonts = new CjkFont(document)) {
            Typography type = Typography.of(fonts);
            ResultTables tables = new ResultTables(model, text, type);
            FindingsSection findings = new FindingsSection(model, text, type);
            TableOfContents contents = new TableOfContents(List.of(text.get("report.section.classes"),
                    text.get("report.section.requirements"), text.get("report.section.testCases"),
                    text.get("report.section.findings"), text.get("report.section.artifacts")), type);
            try (PageFlow flow = new PageFlow(document)) {
                new CoverPage(model, text, type).draw(flow);
                flow.down(8);
                contents.reserve(flow, text.get("report.section.contents"));
                contents.begin(flow, 0);
                tables.classes(flow);
                contents.begin(flow, 1);
                tables.requirements(flow);
                contents.begin(flow, 2);
                tables.testCases(flow);
                contents.begin(flow, 3);
                findings.draw(flow);
                contents.begin(flow, 4);
                tables.artifacts(flow);
            }
            contents.fill(document);
            new PageDecoration(text, model.reportId(), model.suite().id() + "  ·  " + model.suite().standardCode() + "@"
                    + model.suite().edition(), type.running()).apply(document);
            describe(document, model, text);
            document.save(out);
        }
    }

    private static void describe(PDDocument document, ReportModel model, ReportText text) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.get("report.title") + ": " + model.subject().system() + " " + model.subject().version());
        info.setSubject(text.of(model.suite().title()));
        info.setCreator(model.toolName() + " " + model.toolVersion());
        info.setKeywords(model.suite().id() + ", " + model.reportId());
        // what report verify compares with the workspace's run record once the report is signed
        info.setCustomMetadataValue(PdfSignature.RUN_ID, model.reportId());
        info.setCustomMetadataValue(PdfSignature.VERDICT, model.verdict().name());
        info.setCustomMetadataValue(PdfSignature.SUITE_SHA256, model.suite().sha256());
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(model.generatedAt().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(text.chinese() ? "zh-CN" : "en");
    }
}
