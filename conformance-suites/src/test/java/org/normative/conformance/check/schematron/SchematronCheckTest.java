package org.normative.conformance.check.schematron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.ForwardingCheckContext;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.xml.XmlFixtures;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.suite.PackageResources;

class SchematronCheckTest {

    private static final Path SUITE_FOLDER = XmlFixtures.resourceFolder(SchematronCheckTest.class, "suite");
    private static final PackageResources SUITE = new PackageResources(SUITE_FOLDER);
    private static final String ORDER = """
            <?xml version="1.0"?>
            <o:order xmlns:o="urn:test:order">
              <o:line><o:item>pen</o:item><o:qty>2</o:qty></o:line>
              <o:line><o:item>a very long name for an item</o:item><o:qty>0</o:qty></o:line>
              <o:line><o:item>pad</o:item></o:line>
            </o:order>
            """;

    @TempDir
    Path folder;

    private static PreparedCheck prepare(SuiteResources suite, String... attributes) throws ConformanceException {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return new SchematronCheckKind().prepare(new CheckDeclaration("schematron", "/conf/test/rules", map, null), suite);
    }

    private CheckOutcome run(PreparedCheck check, String document) throws Exception {
        RecordingCheckContext context = RecordingCheckContext.standalone();
        check.check(XmlFixtures.artifact(folder, "order.xml", document), context);
        return context.outcome();
    }

    @Test
    void schematronFromSchMapsFlagAndRoleToSeverityWithIdTextAndLocation() throws Exception {
        CheckOutcome outcome = run(prepare(SUITE, "schema", "rules/order.sch"), ORDER);
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple("ORD-2", Severity.WARNING, "An item name is at most 20 characters."),
                        tuple("ORD-3", Severity.INFO, "The line orders nothing."),
                        tuple("ORD-1", Severity.ERROR, "A line has a quantity."));
        Finding missingQuantity = outcome.findings().stream().filter(f -> f.ruleId().equals("ORD-1")).findFirst().orElseThrow();
        assertThat(missingQuantity.location().artifact()).isEqualTo("order.xml");
        assertThat(missingQuantity.location().xpath()).contains("line").endsWith("[3]");
    }

    @Test
    void includeFromThePackageIsCompiledIn() throws Exception {
        CheckOutcome outcome = run(prepare(SUITE, "schema", "rules/order.sch"),
                ORDER.replace("</o:order>", "<o:line><o:item>x</o:item><o:qty>1</o:qty></o:line></o:order>"));
        assertThat(outcome.countsByRule()).containsEntry("ORD-10", 1L);
    }

    @Test
    void phaseSelectsItsPatternsOnly() throws Exception {
        CheckOutcome outcome = run(prepare(SUITE, "schema", "rules/order.sch", "phase", "totals"),
                ORDER.replace("</o:order>", "<o:line/></o:order>"));
        assertThat(outcome.countsByRule()).containsOnlyKeys("ORD-10");
    }

    @Test
    void assertionWithoutIdGetsOneMadeFromItsTest() throws Exception {
        CheckOutcome outcome = run(prepare(SUITE, "schema", "rules/order.sch"),
                ORDER.replace("<o:item>pad</o:item>", "<o:qty>1</o:qty>"));
        assertThat(outcome.countsByRule()).containsKey("assert o:item");
    }

    @Test
    void precompiledStylesheetIsUsedAsItIs() throws Exception {
        CheckOutcome outcome = run(prepare(SUITE, "schema", "rules/order.xsl"), ORDER);
        assertThat(outcome.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity, f -> f.location().xpath())
                .containsExactly(tuple("XSL-1", Severity.WARNING, "/o:order/o:line[3]"));
    }

    @Test
    void phaseOnAPrecompiledStylesheetIsRefused() {
        assertThatThrownBy(() -> prepare(SUITE, "schema", "rules/order.xsl", "phase", "totals"))
                .isInstanceOf(ConformanceException.class).hasMessageContaining("\"totals\"");
    }

    @Test
    void stylesheetCannotReadFilesOrUrlsTheArtifactNames() throws Exception {
        PreparedCheck check = prepare(SUITE, "schema", "rules/reads-files.xsl");
        for (String href : new String[] {"<href kind=\"text\">file:///etc/passwd</href>", "<href>file:///etc/hosts</href>",
                "<href>http://127.0.0.1:9/x</href>", "<href kind=\"text\">../../../../../../../etc/passwd</href>"}) {
            assertThatThrownBy(() -> run(check, "<doc>" + href + "</doc>"))
                    .isInstanceOf(ArtifactException.class)
                    .hasMessageContaining("is not allowed: only files of the suite package are read")
                    .message().doesNotContain("root:", "localhost");
        }
    }

    @Test
    void documentBiggerThanTheTreeLimitIsRefusedNamingTheLimit() throws Exception {
        PreparedCheck check = prepare(SUITE, "schema", "rules/order.xsl");
        Artifact artifact = XmlFixtures.artifact(folder, "big.xml", ORDER);
        RecordingCheckContext context = new RecordingCheckContext(
                new Limits(1_000, 100, 100, 10_000, 1L << 30, 100, Limits.DEFAULT.checkTimeout()), () -> false);
        assertThatThrownBy(() -> check.check(artifact, context))
                .isInstanceOf(ArtifactException.class)
                .hasMessageContaining("accept at most 100 bytes");
    }

    @Test
    void compiledOnceForTheSameFilesAndAgainWhenAnIncludeChanges() throws Exception {
        Path copy = folder.resolve("suite");
        try (Stream<Path> files = Files.walk(SUITE_FOLDER)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(SUITE_FOLDER.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        PackageResources suite = new PackageResources(copy);
        SchematronCheck first = (SchematronCheck) prepare(suite, "schema", "rules/order.sch");
        SchematronCheck again = (SchematronCheck) prepare(SUITE, "schema", "rules/order.sch");
        assertThat(again.executable()).isSameAs(first.executable());

        Path include = copy.resolve("rules/parts/totals.sch");
        Files.writeString(include, Files.readString(include).replace("le 3", "le 1"));
        SchematronCheck changed = (SchematronCheck) prepare(suite, "schema", "rules/order.sch");
        assertThat(changed.executable()).isNotSameAs(first.executable());
        assertThat(run(changed, ORDER).countsByRule()).containsEntry("ORD-10", 1L);
    }

    @Test
    void cancelStopsTheTransformAtTheNextSvrlElement() throws Exception {
        PreparedCheck check = prepare(SUITE, "schema", "rules/order.sch");
        Artifact artifact = XmlFixtures.artifact(folder, "order.xml", ORDER);
        CancelledAfterParse context = new CancelledAfterParse();
        assertThatThrownBy(() -> check.check(artifact, context)).isInstanceOf(InterruptedIOException.class);
        assertThat(context.checkpoints).isGreaterThan(1);
        assertThat(context.recording.outcome().findings()).isEmpty();
    }

    /** Lets the parse and the first checkpoint through, then says the run was cancelled. */
    private static final class CancelledAfterParse extends ForwardingCheckContext {
        int checkpoints;

        @Override
        public void checkpoint() throws IOException {
            if (++checkpoints > 1) {
                throw new InterruptedIOException("cancelled");
            }
        }
    }
}
