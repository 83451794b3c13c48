package org.normative.conformance.check.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.input.xml.SafeXml;
import org.normative.conformance.submission.Artifact;
import org.xml.sax.SAXException;

/**
 * Validates one artifact against a compiled schema as a stream: hardened parser, then {@link ElementPath}, then the
 * schema's {@link ValidatorHandler}. Nothing of the document is kept, so memory does not grow with its size.
 * The {@link Schema} is immutable and thread-safe; a validator handler is made per run.
 */
final class XmlSchemaCheck implements PreparedCheck {


    private final Schema schema;

    XmlSchemaCheck(Schema schema) {
        this.schema = schema;
    }

    @Override
    public void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        ElementPath path = new ElementPath();
        ValidatorHandler validator = schema.newValidatorHandler();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); // xsi:schemaLocation loads nothing
            validator.setProperty(SafeXml.XERCES_LOCALE, Locale.ROOT);
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK validator has lost a standard property", e);
        }
        validator.setErrorHandler(new SchemaFindings(context, artifact.name(), path));
        path.setContentHandler(validator);
        try (InputStream in = context.open(artifact)) {
            new SafeXml(context.limits()).parse(artifact, in, path);
        }
    }
}
