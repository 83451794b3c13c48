package org.normative.standards.xml;

import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one way Normative makes a SAX parser for untrusted XML, here and in the conformance checks: the JDK's own
 * parser, namespace-aware, with secure processing; no DOCTYPE at all (so no entity can be declared, internal or
 * external), no external DTD or schema access, no XInclude, a bound on element depth, and English messages.
 * A new one per parse: parsers are not thread-safe.
 */
public final class SecureSax {

    /** Xerces' property for the language of its messages; ROOT gives English whatever the default locale. */
    public static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";
    /** Only the five predefined entities and character references can occur (no DTD), so this never binds. */
    private static final String ENTITY_EXPANSION_LIMIT = "100";

    private SecureSax() {
    }

    /** @param maxElementDepth the JDK's {@code jdk.xml.maxElementDepth}: deeper documents fail to parse */
    public static XMLReader newReader(int maxElementDepth) throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty("jdk.xml.entityExpansionLimit", ENTITY_EXPANSION_LIMIT);
            reader.setProperty("jdk.xml.maxElementDepth", String.valueOf(maxElementDepth));
            reader.setProperty(XERCES_LOCALE, Locale.ROOT);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the XML parser of this Java runtime cannot be made safe: " + e.getMessage(), e);
        }
    }
}
