package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Role;
import org.normative.standards.library.Stage;
import org.normative.standards.library.StandardDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The published schema, its bundled copy, and what must stay in step with it. */
class StandardXmlSchemaTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void bundledSchemaIsByteIdenticalToThePublishedOne() throws IOException {
        Path published = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schemas/standard-1.xsd");

        assertThat(bundled()).isEqualTo(Files.readAllBytes(published));
    }

    @Test
    void exampleInTheFormatDocumentationIsAValidFile() throws Exception {
        String page = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../docs/standard-xml.md"));
        String example = page.substring(page.indexOf("```xml\n") + 7, page.indexOf("```", page.indexOf("```xml\n") + 7));

        StandardDocument read = TestFiles.read(example);

        assertThat(read.standard().title().zh()).isEqualTo("政务数据共享 接口要求");
        assertThat(read.editions().get(0).content().clause("paging").orElseThrow().number()).isEqualTo("2.1");
    }

    @Test
    void obligationsAndRolesAreThoseOfTheModel() throws Exception {
        assertThat(enumeration("Obligation")).containsExactly(Arrays.stream(Obligation.values()).map(Enum::name).toArray(String[]::new));
        assertThat(enumeration("Role")).containsExactly(Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void everyStageCodeHasTheFormTheSchemaAllows() {
        assertThat(Stage.values()).extracting(Stage::code).allMatch(code -> code.matches("\\d\\d\\.\\d\\d"));
    }

    /**
     * The validator does not check the schema's identity constraints (it would take quadratic time); ContentChecks
     * does. A constraint added to the schema must be added there too, with its message.
     */
    @Test
    void everyIdentityConstraintIsOneTheReaderChecksItself() throws Exception {
        List<String> constraints = new ArrayList<>();
        for (String kind : List.of("key", "unique", "keyref")) {
            NodeList found = schema().getElementsByTagNameNS(XS, kind);
            for (int i = 0; i < found.getLength(); i++) {
                constraints.add(kind + " " + ((Element) found.item(i)).getAttribute("name"));
            }
        }

        assertThat(constraints).containsExactlyInAnyOrder(
                "key edition-label", "keyref revised-edition", "unique title-language",
                "unique committee-name-language", "unique liaison", "unique framework-name-language",
                "key clause-key", "key term-key", "key reference-key", "key requirement-id",
                "keyref requirement-clause");
    }

    @Test
    void everyPatternTypeHasADescriptionForPeople() throws Exception {
        NodeList types = schema().getElementsByTagNameNS(XS, "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getElementsByTagNameNS(XS, "enumeration").getLength() == 0) {
                String key = "standard.xml.type." + type.getAttribute("name");
                assertThat(XmlMessage.of(key).format(java.util.Locale.ROOT)).as(key).isNotEqualTo(key);
            }
        }
    }

    private static List<String> enumeration(String typeName) throws Exception {
        NodeList types = schema().getElementsByTagNameNS(XS, "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (typeName.equals(type.getAttribute("name"))) {
                NodeList values = type.getElementsByTagNameNS(XS, "enumeration");
                List<String> names = new ArrayList<>();
                for (int j = 0; j < values.getLength(); j++) {
                    names.add(((Element) values.item(j)).getAttribute("value"));
                }
                return names;
            }
        }
        throw new AssertionError("no simple type " + typeName);
    }

    private static Document schema() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new java.io.ByteArrayInputStream(bundled())) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = StandardXmlFormat.class.getResourceAsStream(StandardXmlFormat.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
