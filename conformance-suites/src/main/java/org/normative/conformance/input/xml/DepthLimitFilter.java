package org.normative.conformance.input.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Refuses elements nested deeper than the limit as soon as the first one too deep starts, so that a 200,000-deep
 * document stops after a thousand elements instead of filling a validator's or a tree builder's stacks.
 */
final class DepthLimitFilter extends XMLFilterImpl {

    private final int maxDepth;
    private int depth;
    private Locator locator;

    DepthLimitFilter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** The parser's position now: after a failure, where the parser stopped. Null before the parse starts. */
    Locator locator() {
        return locator;
    }

    @Override
    public void setDocumentLocator(Locator documentLocator) {
        this.locator = documentLocator;
        super.setDocumentLocator(documentLocator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > maxDepth) {
            throw new TooDeep(maxDepth, locator);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        super.endElement(uri, localName, qName);
    }

    /** The nesting limit was passed, and where. */
    static final class TooDeep extends SAXParseException {

        private static final long serialVersionUID = 1L;

        TooDeep(int limit, Locator locator) {
            super("elements nested deeper than " + limit, locator);
        }
    }
}
