package org.normative.conformance.check.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.input.xml.XmlFixtures;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.suite.PackageResources;

class XmlSchemaCheckTest {

    static final PackageResources SUITE = new PackageResources(XmlFixtures.resourceFolder(XmlSchemaCheckTest.class, "suite"));

    @TempDir
    Path folder;

    static PreparedCheck prepare(Map<String, String> attributes) throws ConformanceException {
        return new XmlSchemaCheckKind().prepare(new CheckDeclaration("xml-schema", "/conf/test/order", attributes, null), SUITE);
    }

    private CheckOutcome run(PreparedCheck check, String document) throws Exception {
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(XmlFixtures.artifact(folder, "order.xml", document), context);
        return context.outcome();
    }

    private static String order(String lines) {
        return "<?xml version=\"1.0\"?>\n<o:order xmlns:o=\"urn:test:order\">\n  <o:id>ORD-0001</o:id>\n" + lines + "</o:order>\n";
    }

    @Test
    void validDocumentPassesWithImportAndIncludeFromThePackage() throws Exception {
        CheckOutcome outcome = run(prepare(Map.of("schema", "schemas/order.xsd")),
                order("  <o:line><o:item>pen</o:item><o:qty>2</o:qty></o:line>\n"));
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void invalidDocumentGivesFindingsWithKeyLineColumnAndPath() throws Exception {
        CheckOutcome outcome = run(prepare(Map.of("schema", "schemas/order.xsd")), order("""
                  <o:line><o:item>pen</o:item><o:qty>2</o:qty></o:line>
                  <o:line><o:item>ink</o:item><o:qty>0</o:qty></o:line>
                  <o:line><o:item>pad</o:item><o:colour>red</o:colour></o:line>
                """));
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, f -> f.location().line(), f -> f.location().xpath())
                .containsExactly(
                        tuple("cvc-minInclusive-valid", 5, "/o:order/o:line[2]/o:qty"),
                        tuple("cvc-type.3.1.3", 5, "/o:order/o:line[2]/o:qty"),
                        tuple("cvc-complex-type.2.4.a", 6, "/o:order/o:line[3]/o:colour"));
        Finding unexpected = outcome.findings().get(2);
        assertThat(unexpected.severity()).isEqualTo(Severity.ERROR);
        assertThat(unexpected.location().column()).isPositive();
        assertThat(unexpected.location().artifact()).isEqualTo("order.xml");
        assertThat(unexpected.message()).contains("colour").doesNotStartWith("cvc-");
    }

    @Test
    void everyErrorIsCountedNotJustTheFirst() throws Exception {
        String badLine = "  <o:line><o:item>pen</o:item><o:qty>-1</o:qty></o:line>\n";
        CheckOutcome outcome = run(prepare(Map.of("schema", "schemas/order.xsd")), order(badLine.repeat(250)));
        assertThat(outcome.countsByRule()).containsEntry("cvc-minInclusive-valid", 250L);
        assertThat(outcome.findings()).last().extracting(f -> f.location().xpath()).isEqualTo("/o:order/o:line[250]/o:qty");
    }

    @Test
    void importFromTheNetworkIsRefusedNamingIt() {
        assertThatThrownBy(() -> prepare(Map.of("schema", "schemas/network-import.xsd")))
                .isInstanceOf(ConformanceException.class)
                .hasMessageContaining("/conf/test/order")
                .hasMessageContaining("\"http://127.0.0.1:9/types.xsd\"")
                .hasMessageContaining("never from the network");
    }

    @Test
    void importOfAFileOutsideThePackageIsRefusedNamingIt() {
        assertThatThrownBy(() -> prepare(Map.of("schema", "schemas/outside-import.xsd")))
                .isInstanceOf(ConformanceException.class)
                .hasMessageContaining("\"../../outside.xsd\"")
                .hasMessageContaining("schemas/outside-import.xsd");
    }

    @Test
    void schemaLocationsRedirectANetworkImportToThePackagesCopy() throws Exception {
        PreparedCheck check = prepare(Map.of("schema", "schemas/network-import.xsd",
                "schema-locations", "urn:test:types schemas/common/types.xsd"));
        CheckOutcome outcome = run(check, "<qty xmlns=\"urn:test:order\">1001</qty>");
        assertThat(outcome.findings()).extracting(Finding::ruleId).contains("cvc-maxInclusive-valid");
    }

    @Test
    void missingSchemaAttributeAndMissingFileAreRefused() {
        assertThatThrownBy(() -> prepare(Map.of())).hasMessageContaining("\"schema\"");
        assertThatThrownBy(() -> prepare(Map.of("schema", "schemas/none.xsd"))).hasMessageContaining("schemas/none.xsd");
    }

    @Test
    void notWellFormedDocumentIsAnArtifactErrorWithLineAndColumn() {
        assertThatThrownBy(() -> run(prepare(Map.of("schema", "schemas/order.xsd")), order("  <o:line>\n")))
                .isInstanceOf(ArtifactException.class)
                .hasMessageContaining("order.xml is not well-formed XML at line 5, column");
    }

    @Test
    void bothXmlKindsAreFoundByTheServiceLoader() {
        assertThat(CheckKinds.installed().ids()).contains("xml-schema", "schematron");
    }
}
