package org.normative.conformance.check.schematron;

import java.io.IOException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the SVRL a compiled Schematron writes, as it writes it, and reports each {@code svrl:failed-assert} and
 * {@code svrl:successful-report} as a finding: the assertion's {@code id} (or one made from its test), the severity
 * from its {@code flag}, else its {@code role}, the text, and the SVRL's XPath location. Every element of the
 * output is also a checkpoint: a run that is cancelled or out of time stops at the next one.
 */
final class SvrlFindings extends DefaultHandler {

    static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final int MAX_TEST_IN_ID = 120;

    private final CheckContext context;
    private final String artifact;
    private Attributes current;
    private String kind;
    private StringBuilder text;

    SvrlFindings(CheckContext context, String artifact) {
        this.context = context;
        this.artifact = artifact;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        try {
            context.checkpoint();
        } catch (IOException e) {
            throw new SAXException(e);
        }
        if (!SVRL.equals(uri)) {
            return;
        }
        if ("failed-assert".equals(localName) || "successful-report".equals(localName)) {
            current = new org.xml.sax.helpers.AttributesImpl(attributes);
            kind = localName;
            text = new StringBuilder();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (text != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (current != null && SVRL.equals(uri) && localName.equals(kind)) {
            context.report(finding());
            current = null;
            text = null;
        }
    }

    private Finding finding() {
        String id = attribute("id");
        String test = attribute("test");
        String rule = id != null ? id : ("failed-assert".equals(kind) ? "assert " : "report ") + shorten(test);
        String flag = attribute("flag");
        Severity severity = Severity.fromRuleWord(flag != null ? flag : attribute("role"));
        String message = text.toString().strip().replaceAll("\\s+", " ");
        Location location = Location.of(artifact).xpath(attribute("location"));
        return Finding.of(rule, severity, message.isEmpty() ? String.valueOf(test) : message, location);
    }

    private String attribute(String name) {
        String value = current.getValue("", name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String shorten(String test) {
        if (test == null) {
            return "(no test)";
        }
        String oneLine = test.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEST_IN_ID ? oneLine : oneLine.substring(0, MAX_TEST_IN_ID - 1) + "…";
    }
}
