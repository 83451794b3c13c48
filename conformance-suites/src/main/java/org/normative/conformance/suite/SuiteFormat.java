package org.normative.conformance.suite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.suite.format.XmlSuite;
import org.normative.conformance.suite.format.XmlTestCase;
import org.normative.conformance.suite.format.XmlText;
import org.normative.standards.LocalizedText;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads {@code suite.xml}: refused when over 8 MB, when it declares a DOCTYPE, or when it does not match
 * {@code docs/schemas/suite-1.xsd}, with the line and column; then unmarshalled (JAXB) into a {@link Suite}. The
 * rules the schema cannot say (unique ids, known classes and roles) are {@link SuiteLoader}'s.
 */
public final class SuiteFormat {

    public static final String FILE_NAME = "suite.xml";
    static final long MAX_BYTES = 8L << 20;

    public Suite read(Path file) throws ConformanceException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConformanceException("suite.xml.tooLarge", file.getFileName(), MAX_BYTES >> 20);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConformanceException(e, "suite.xml.unreadable", file, e.getMessage());
        }
        validate(bytes);
        return map(unmarshal(bytes));
    }

    private static void validate(byte[] bytes) throws ConformanceException {
        try {
            Validator validator = Holder.SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
            validator.validate(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(bytes))));
        } catch (SAXParseException e) {
            throw new ConformanceException(e, "suite.xml.invalid", e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new ConformanceException(e, "suite.xml.invalid", 0, 0, e.getMessage());
        }
    }

    private static XmlSuite unmarshal(byte[] bytes) throws ConformanceException {
        try {
            return (XmlSuite) Holder.CONTEXT.createUnmarshaller()
                    .unmarshal(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(bytes))));
        } catch (JAXBException | SAXException e) {
            throw new ConformanceException(e, "suite.xml.invalid", 0, 0, e.getMessage());
        }
    }

    /** No DOCTYPE, no external anything: a suite may come from anywhere. */
    static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty("jdk.xml.maxElementDepth", "32");
            reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the XML parser of this Java runtime cannot be made safe", e);
        }
    }

    private static Suite map(XmlSuite xml) throws ConformanceException {
        List<ArtifactRole> roles = new ArrayList<>();
        for (XmlSuite.XmlArtifactRole role : xml.artifacts) {
            roles.add(new ArtifactRole(role.role, role.mediaTypes, !Boolean.FALSE.equals(role.required),
                    !Boolean.FALSE.equals(role.multiple), textOrNull(role.titles)));
        }
        List<ConformanceClass> classes = new ArrayList<>();
        for (XmlSuite.XmlClass c : xml.classes) {
            classes.add(new ConformanceClass(c.id, c.depends, textOrNull(c.titles)));
        }
        List<TestCase> testCases = new ArrayList<>();
        for (XmlTestCase t : xml.testCases) {
            testCases.add(testCase(t));
        }
        return new Suite(new SuiteId(xml.group, xml.id, xml.version), text(xml.titles), textOrNull(xml.descriptions),
                xml.status == null ? SuiteStatus.ACTIVE : SuiteStatus.valueOf(xml.status.toUpperCase(Locale.ROOT)),
                date(xml.validFrom), date(xml.validTo), xml.replacedBy, xml.standard.code.strip(),
                xml.standard.edition.strip(), roles, classes, testCases);
    }

    private static TestCase testCase(XmlTestCase t) {
        List<CheckDeclaration> checks = new ArrayList<>();
        for (XmlTestCase.XmlCheck check : t.checks) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Map.Entry<QName, String> p : check.parameters.entrySet()) {
                parameters.put(p.getKey().getLocalPart(), p.getValue());
            }
            checks.add(new CheckDeclaration(check.kind, t.id, parameters, check.text));
        }
        LocalizedText procedure = t.procedures.isEmpty() ? null : text(t.procedures);
        if (procedure != null) {
            checks.add(new CheckDeclaration("manual", t.id, Map.of(), procedure.en()));
        }
        List<Example> examples = t.examples.stream()
                .map(e -> new Example(e.file, "pass".equals(e.expect), e.rule)).toList();
        LocalizedText notTestable = textOrNull(t.notTestable);
        // not testable means never counted: mandatory only when the author said so, which the loader refuses
        boolean mandatory = notTestable == null ? !Boolean.FALSE.equals(t.mandatory) : Boolean.TRUE.equals(t.mandatory);
        return new TestCase(t.id.strip(), t.classId, t.artifact, t.requirements, text(t.titles), textOrNull(t.purposes),
                mandatory, checks, procedure, notTestable, examples);
    }

    /** English and Chinese from the xml:lang variants; the English one stands in for a missing Chinese one. */
    private static LocalizedText text(List<XmlText> texts) {
        String en = null;
        String zh = null;
        for (XmlText t : texts) {
            String value = t.text == null ? "" : t.text.strip();
            if (t.lang != null && t.lang.toLowerCase(Locale.ROOT).startsWith("zh")) {
                zh = value;
            } else {
                en = value;
            }
        }
        if (en == null) {
            en = zh;
        }
        return LocalizedText.of(en, zh == null ? en : zh);
    }

    private static LocalizedText textOrNull(List<XmlText> texts) {
        return texts.isEmpty() ? null : text(texts);
    }

    private static LocalDate date(String value) throws ConformanceException {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ConformanceException(e, "suite.xml.invalid", 0, 0, value);
        }
    }

    /** Built on first use; a failure here is a broken build, not bad input. */
    private static final class Holder {
        static final Schema SCHEMA = loadSchema();
        static final JAXBContext CONTEXT = createContext();

        private static Schema loadSchema() {
            URL xml = resource("xml.xsd");
            URL suite = resource("suite-1.xsd");
            try (InputStream xmlIn = xml.openStream(); InputStream suiteIn = suite.openStream()) {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(new Source[] {
                        new StreamSource(xmlIn, xml.toExternalForm()), new StreamSource(suiteIn, suite.toExternalForm())});
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the bundled suite schema cannot be loaded", e);
            }
        }

        private static JAXBContext createContext() {
            try {
                return JAXBContext.newInstance(XmlSuite.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the JAXB classes of suite.xml are inconsistent", e);
            }
        }

        private static URL resource(String name) {
            URL url = SuiteFormat.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the build");
            }
            return url;
        }
    }
}
