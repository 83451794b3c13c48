package org.normative.conformance.check.xml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns every schema validity error into a finding and goes on: the validator recovers, so one run reports all of
 * them (the context keeps a capped sample and counts the rest). The rule id is the validator's own key, e.g.
 * {@code cvc-complex-type.2.4.a}, which its message starts with. Well-formedness errors stop the parse.
 */
final class SchemaFindings implements ErrorHandler {

    static final String GENERIC_RULE = "xml-schema";
    private static final Pattern KEYED = Pattern.compile("([a-z][\\w-]*(?:\\.[\\w-]+)*): (.*)", Pattern.DOTALL);

    private final CheckContext context;
    private final String artifact;
    private final ElementPath path;

    SchemaFindings(CheckContext context, String artifact, ElementPath path) {
        this.context = context;
        this.artifact = artifact;
        this.path = path;
    }

    @Override
    public void warning(SAXParseException exception) {
        // the JDK validator warns about nothing a document can be blamed for
    }

    @Override
    public void error(SAXParseException exception) {
        String message = String.valueOf(exception.getMessage());
        Matcher keyed = KEYED.matcher(message);
        String rule = keyed.matches() ? keyed.group(1) : GENERIC_RULE;
        String text = keyed.matches() ? keyed.group(2) : message;
        Location location = Location.of(artifact)
                .at(exception.getLineNumber(), exception.getColumnNumber())
                .xpath(path.current());
        context.report(Finding.of(rule, Severity.ERROR, text, location));
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
        throw exception;
    }
}
