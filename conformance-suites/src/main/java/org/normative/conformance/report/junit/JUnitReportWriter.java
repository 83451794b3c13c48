package org.normative.conformance.report.junit;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.ClassResult;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;

/**
 * The run as JUnit XML (the de-facto schema of Ant/Maven Surefire that CI systems read): one {@code testsuite} per
 * conformance class, one {@code testcase} per test case. FAIL is a {@code failure}, ERROR an {@code error};
 * NOT_TESTED, NOT_APPLICABLE and INCONCLUSIVE are {@code skipped} with the reason, so a CI page never shows an open
 * manual case as green.
 */
public final class JUnitReportWriter {

    /** Findings listed in a failure's text; all of them are in the JSON report. */
    private static final int LISTED = 50;

    public void write(RunRecord run, Locale locale, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", run.suite().id());
        writeCounts(xml, run.results());
        xml.writeAttribute("time", seconds(run.durationMs()));
        for (ClassResult c : run.classes()) {
            List<TestCaseResult> results = run.results().stream().filter(r -> r.classId().equals(c.id())).toList();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", run.suite().id() + " " + c.id());
            writeCounts(xml, results);
            xml.writeAttribute("time", seconds(results.stream().mapToLong(TestCaseResult::durationMs).sum()));
            xml.writeAttribute("timestamp", run.startedAt().toString());
            for (TestCaseResult result : results) {
                writeTestCase(xml, run, c.id(), result, locale);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    private static void writeCounts(XMLStreamWriter xml, List<TestCaseResult> results) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> r.verdict() == Verdict.FAIL).count()));
        xml.writeAttribute("errors", String.valueOf(results.stream().filter(r -> r.verdict() == Verdict.ERROR).count()));
        xml.writeAttribute("skipped", String.valueOf(results.stream().filter(r -> skipped(r.verdict())).count()));
    }

    private static void writeTestCase(XMLStreamWriter xml, RunRecord run, String classId, TestCaseResult result, Locale locale)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", run.suite().id() + "." + classId);
        xml.writeAttribute("name", result.testCase() + (result.title() == null ? "" : " " + result.title().in(locale)));
        xml.writeAttribute("time", seconds(result.durationMs()));
        String reason = result.reason() == null ? "" : result.reason().in(locale);
        switch (result.verdict()) {
            case FAIL -> element(xml, "failure", firstMessage(result, reason), findingsText(result));
            case ERROR -> element(xml, "error", reason, errorsText(result, locale));
            case NOT_TESTED, NOT_APPLICABLE, INCONCLUSIVE -> element(xml, "skipped", result.verdict() + ": " + reason, null);
            case WARNING -> element(xml, "system-out", null, "WARNING\n" + findingsText(result));
            case PASS -> { }
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String message, String text) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement(name);
        if (message != null) {
            xml.writeAttribute("message", message);
        }
        if (text != null) {
            xml.writeCharacters(text);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
    }

    private static String firstMessage(TestCaseResult result, String reason) {
        return result.findings().stream().findFirst().map(f -> f.ruleId() + ": " + f.message()).orElse(reason);
    }

    private static String findingsText(TestCaseResult result) {
        String listed = result.findings().stream().limit(LISTED)
                .map(f -> f.severity() + " " + f.location() + " [" + f.ruleId() + "] " + oneLine(f))
                .collect(Collectors.joining("\n"));
        long more = result.findingCount() - Math.min(LISTED, result.findings().size());
        return more > 0 ? listed + "\n... and " + more + " more (see the JSON report)" : listed;
    }

    private static String errorsText(TestCaseResult result, Locale locale) {
        return result.checks().stream().filter(c -> c.reason() != null)
                .map(c -> (c.artifact() == null ? "" : c.artifact() + ": ") + c.reason().in(locale))
                .collect(Collectors.joining("\n"));
    }

    private static String oneLine(Finding finding) {
        return finding.message().replaceAll("\\s+", " ");
    }

    private static boolean skipped(Verdict verdict) {
        return verdict == Verdict.NOT_TESTED || verdict == Verdict.NOT_APPLICABLE || verdict == Verdict.INCONCLUSIVE;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
