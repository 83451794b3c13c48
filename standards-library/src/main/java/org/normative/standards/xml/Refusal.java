package org.normative.standards.xml;

import org.xml.sax.SAXException;

/** Stops a parse at the first problem, carrying the message for people out through the parser. */
final class Refusal extends SAXException {

    private static final long serialVersionUID = 1L;

    private final transient StandardXmlException error;

    Refusal(StandardXmlException error) {
        super(error.getMessage());
        this.error = error;
    }

    StandardXmlException error() {
        return error;
    }
}
