package org.normative.conformance.check.schematron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.check.xml.XmlSchemaCheckKind;
import org.normative.conformance.input.xml.XmlFixtures;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/**
 * The EN 16931 UBL corpus ({@code shared/corpus/en16931-ubl}) treated as a suite package, with its checks prepared
 * once per JVM: the UBL 2.1 Invoice and CreditNote schemas, the precompiled validation stylesheet and, on demand,
 * the same rules compiled from a .sch through SchXslt.
 */
final class En16931Corpus {

    static final Path ROOT = XmlFixtures.corpus("en16931-ubl");
    static final String SKIP_REASON = "the EN 16931 corpus (../shared/corpus/en16931-ubl) is not on this machine";
    static final String XSLT = "xslt/EN16931-UBL-validation.xslt";
    /** The rule set as upstream maintains it: includes and abstract patterns, which SchXslt expands. */
    static final String SCH = "schematron/ubl/EN16931-UBL-validation.sch";
    /** Upstream's own include-and-expand of {@link #SCH}, which the precompiled stylesheet was made from. */
    static final String SCH_PREPROCESSED = "schematron/ubl/preprocessed/EN16931-UBL-validation-preprocessed.sch";
    private static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private En16931Corpus() {
    }

    static boolean present() {
        return ROOT != null;
    }

    static PackageResources suite() {
        return new PackageResources(ROOT);
    }

    static JsonNode json(String relativePath) throws IOException {
        return new ObjectMapper().readTree(ROOT.resolve(relativePath).toFile());
    }

    static Artifact artifact(Path file) throws ConformanceException {
        return new ArtifactIntake().inPlace("invoice", file);
    }

    static CheckOutcome run(PreparedCheck check, Artifact artifact) throws Exception {
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(artifact, context);
        return context.outcome();
    }

    /** The schema check for the document's root: Invoice or CreditNote. */
    static PreparedCheck schemaFor(Path document) throws IOException, ConformanceException {
        return CREDIT_NOTE.equals(rootNamespace(document)) ? Prepared.CREDIT_NOTE_XSD : Prepared.INVOICE_XSD;
    }

    static PreparedCheck precompiled() {
        return Prepared.XSLT_CHECK;
    }

    /** The preprocessed .sch compiled with SchXslt: seconds. */
    static PreparedCheck fromPreprocessedSch() {
        return FromPreprocessedSch.CHECK;
    }

    /** The original .sch compiled with SchXslt: expanding its abstract patterns takes SchXslt 1.10 over a minute. */
    static PreparedCheck fromOriginalSch() {
        return prepare("schematron", Map.of("schema", SCH));
    }

    private static String rootNamespace(Path document) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(document)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            reader.nextTag();
            return reader.getNamespaceURI();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static PreparedCheck prepare(String kind, Map<String, String> attributes) {
        try {
            return (kind.equals("xml-schema") ? new XmlSchemaCheckKind() : new SchematronCheckKind())
                    .prepare(new CheckDeclaration(kind, "/conf/en16931/" + kind, attributes, null), suite());
        } catch (ConformanceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static final class Prepared {
        static final PreparedCheck INVOICE_XSD =
                prepare("xml-schema", Map.of("schema", "schema/ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd"));
        static final PreparedCheck CREDIT_NOTE_XSD =
                prepare("xml-schema", Map.of("schema", "schema/ubl-2.1/xsd/maindoc/UBL-CreditNote-2.1.xsd"));
        static final PreparedCheck XSLT_CHECK = prepare("schematron", Map.of("schema", XSLT));
    }

    private static final class FromPreprocessedSch {
        static final PreparedCheck CHECK = prepare("schematron", Map.of("schema", SCH_PREPROCESSED));
    }
}
