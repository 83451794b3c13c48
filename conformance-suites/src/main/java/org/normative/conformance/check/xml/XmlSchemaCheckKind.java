package org.normative.conformance.check.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.xml.SafeXml;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@code <check kind="xml-schema" schema="resources/invoice.xsd"/>}: XSD 1.0 validation with the JDK's validator,
 * streamed. The schema's imports and includes are read from the suite package only (DESIGN.md); an optional
 * {@code schema-locations} attribute maps namespaces to package files in the form of {@code xsi:schemaLocation}
 * ({@code "urn:ns path/a.xsd urn:other path/b.xsd"}), for imports that name no location or a web address.
 */
public final class XmlSchemaCheckKind implements CheckKind {

    public static final String ID = "xml-schema";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        String schemaPath = declaration.require("schema");
        Path schemaFile = resources.resolve(schemaPath);
        PackageSchemaResolver resolver = new PackageSchemaResolver(resources, schemaLocations(declaration, resources));
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        Schema schema;
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // files only: every reference reaches the validator through the resolver, which admits package files
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(SafeXml.XERCES_LOCALE, Locale.ROOT);
            factory.setResourceResolver(resolver);
            factory.setErrorHandler(SafeXml.STOP_AT_FIRST_ERROR);
            try (InputStream in = Files.newInputStream(schemaFile)) {
                schema = factory.newSchema(new StreamSource(in, schemaFile.toUri().toString()));
            }
        } catch (SAXException | IOException e) {
            throw refusal(declaration, schemaPath, resolver, e);
        }
        if (resolver.refusal() != null) {
            throw refusal(declaration, schemaPath, resolver, null);
        }
        return new XmlSchemaCheck(schema);
    }

    private static ConformanceException refusal(CheckDeclaration declaration, String schemaPath,
                                                PackageSchemaResolver resolver, Exception e) {
        PackageSchemaResolver.Refusal refused = resolver.refusal();
        if (refused != null) {
            return new ConformanceException(e, "xml.schema.importRefused", declaration.testCase(), schemaPath,
                    refused.reference(), refused.from());
        }
        if (e instanceof SAXParseException parse) {
            return new ConformanceException(e, "xml.schema.invalid", declaration.testCase(), schemaPath,
                    String.valueOf(parse.getMessage()), fileOf(parse.getSystemId()), parse.getLineNumber(),
                    parse.getColumnNumber());
        }
        return new ConformanceException(e, "xml.schema.unreadable", declaration.testCase(), schemaPath,
                String.valueOf(e.getMessage()));
    }

    private static String fileOf(String systemId) {
        return systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
    }

    /** {@code schema-locations}: namespace and package path, in pairs. */
    private static Map<String, Path> schemaLocations(CheckDeclaration declaration, SuiteResources resources)
            throws ConformanceException {
        String pairs = declaration.attribute("schema-locations", "").strip();
        Map<String, Path> byNamespace = new LinkedHashMap<>();
        if (pairs.isEmpty()) {
            return byNamespace;
        }
        String[] tokens = pairs.split("\\s+");
        if (tokens.length % 2 != 0) {
            throw new ConformanceException("xml.schema.locationsOdd", declaration.testCase(), pairs);
        }
        for (int i = 0; i < tokens.length; i += 2) {
            byNamespace.put(tokens[i], resources.resolve(tokens[i + 1]));
        }
        return byNamespace;
    }
}
