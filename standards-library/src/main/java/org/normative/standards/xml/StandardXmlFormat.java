package org.normative.standards.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * What the reader and the writer share: the namespace, the compiled schema, the JAXB context and the one way this
 * package makes an XML parser. The schema and the context are immutable and thread-safe and slow to build, so each
 * is built once, on first use.
 */
final class StandardXmlFormat {

    static final String NAMESPACE = "urn:normative:standard:1";
    /** The bundled copy of {@code docs/schemas/standard-1.xsd}. */
    static final String SCHEMA_RESOURCE = "standard-1.xsd";
    /** xml:lang, so that the schema compiles without fetching http://www.w3.org/2001/xml.xsd. */
    private static final String XML_NAMESPACE_SCHEMA_RESOURCE = "xml.xsd";

    private static final String XERCES_LOCALE = SecureSax.XERCES_LOCALE;
    private static final String IDENTITY_CONSTRAINT_CHECKING =
            "http://apache.org/xml/features/validation/identity-constraint-checking";
    /** A backstop behind {@link ContentChecks}, which refuses far shallower nesting with a clearer message. */
    private static final int ELEMENT_DEPTH_LIMIT = 64;

    private StandardXmlFormat() {
    }

    static Schema schema() {
        return Holder.SCHEMA;
    }

    static JAXBContext context() {
        return Holder.CONTEXT;
    }

    /** A hardened SAX parser ({@link SecureSax}) with this format's depth backstop. */
    static XMLReader newSecureReader() throws SAXException {
        return SecureSax.newReader(ELEMENT_DEPTH_LIMIT);
    }

    /**
     * A schema validator that loads nothing from outside (xsi:schemaLocation is ignored) and speaks English. It does
     * not check the schema's keys and key references: the JDK's validator takes time quadratic in their number (80,000
     * clause keys take half a minute), so {@link ContentChecks} checks them instead, in linear time.
     */
    static ValidatorHandler newValidatorHandler() throws SAXException {
        ValidatorHandler validator = schema().newValidatorHandler();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XERCES_LOCALE, Locale.ROOT);
        validator.setFeature(IDENTITY_CONSTRAINT_CHECKING, false);
        return validator;
    }

    /** Built on first use; a failure here is a broken build (a resource missing), not bad input. */
    private static final class Holder {
        static final Schema SCHEMA = loadSchema();
        static final JAXBContext CONTEXT = createContext();

        private static Schema loadSchema() {
            try (InputStream xml = resource(XML_NAMESPACE_SCHEMA_RESOURCE).openStream();
                 InputStream standard = resource(SCHEMA_RESOURCE).openStream()) {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                // the XML namespace comes first, so the import of xml.xsd in standard-1.xsd finds it loaded
                return factory.newSchema(new Source[] {
                        new StreamSource(xml, resource(XML_NAMESPACE_SCHEMA_RESOURCE).toExternalForm()),
                        new StreamSource(standard, resource(SCHEMA_RESOURCE).toExternalForm())});
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the bundled schema " + SCHEMA_RESOURCE + " cannot be loaded", e);
            }
        }

        private static JAXBContext createContext() {
            try {
                return JAXBContext.newInstance(XmlStandard.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the JAXB classes of the standard format are inconsistent", e);
            }
        }

        private static URL resource(String name) {
            URL url = StandardXmlFormat.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the build");
            }
            return url;
        }
    }
}
