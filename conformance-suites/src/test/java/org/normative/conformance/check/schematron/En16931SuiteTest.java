package org.normative.conformance.check.schematron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.Limits;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.SuiteSelfTest;
import org.normative.conformance.run.TestCaseResult;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;

/**
 * The EN 16931 corpus as a real suite package (suite.xml, the UBL 2.1 XSDs, the published validation stylesheet)
 * run the way a vendor runs it: its own examples pass {@code suite test}, and one run over all 48 example invoices and
 * credit notes is conformant (warnings allowed, no fatal assertion, every document schema-valid).
 */
class En16931SuiteTest {

    private static final String SUITE_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <suite xmlns="urn:normative:suite:1" group="cen-tc434" id="en16931-ubl" version="1.3.16">
              <title xml:lang="en">EN 16931 e-invoices in UBL 2.1 (validation artefacts 1.3.16)</title>
              <title xml:lang="zh">EN 16931 电子发票（UBL 2.1 语法，校验工件 1.3.16）</title>
              <standard code="EN 16931-1" edition="2017+A1:2019"/>
              <artifact role="invoice" media-types="application/xml" required="false"/>
              <artifact role="credit-note" media-types="application/xml" required="false"/>
              <class id="ubl"/>
              <test-case id="/conf/en16931/ubl/invoice-schema" class="ubl" artifact="invoice" requirements="UBL-SYNTAX">
                <title xml:lang="en">The invoice is valid against the UBL 2.1 Invoice schema</title>
                <check kind="xml-schema" schema="schema/ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd"/>
                <example file="examples/ubl/BIS3_Invoice_positive.XML" expect="pass"/>
              </test-case>
              <test-case id="/conf/en16931/ubl/invoice-rules" class="ubl" artifact="invoice" requirements="BR-01 BR-CO-10">
                <title xml:lang="en">The invoice keeps the business rules of EN 16931</title>
                <check kind="schematron" schema="xslt/EN16931-UBL-validation.xslt"/>
                <example file="examples/ubl/BIS3_Invoice_positive.XML" expect="pass"/>
                <example file="unit-tests/Invoice-unit-UBL/BR-01__t02.xml" expect="fail" rule="BR-01"/>
              </test-case>
              <test-case id="/conf/en16931/ubl/credit-note-schema" class="ubl" artifact="credit-note" requirements="UBL-SYNTAX">
                <title xml:lang="en">The credit note is valid against the UBL 2.1 CreditNote schema</title>
                <check kind="xml-schema" schema="schema/ubl-2.1/xsd/maindoc/UBL-CreditNote-2.1.xsd"/>
              </test-case>
              <test-case id="/conf/en16931/ubl/credit-note-rules" class="ubl" artifact="credit-note" requirements="BR-01">
                <title xml:lang="en">The credit note keeps the business rules of EN 16931</title>
                <check kind="schematron" schema="xslt/EN16931-UBL-validation.xslt"/>
              </test-case>
            </suite>
            """;

    @TempDir
    static Path suiteDir;

    @Test
    void theCorpusAsASuitePassesItsExamplesAndFindsAllFortyEightExamplesConformant() throws Exception {
        assumeTrue(En16931Corpus.present(), En16931Corpus.SKIP_REASON);
        Path root = makePackage();
        LoadedSuite suite = new SuiteLoader(CheckKinds.installed(), RequirementCatalog.NONE).load(SuitePackage.inFolder(root));
        Runner runner = new Runner(Limits.DEFAULT);

        assertThat(new SuiteSelfTest(runner).run(suite)).allSatisfy(outcome ->
                assertThat(outcome.problem()).as(outcome.file()).isNull());

        List<Artifact> documents = new ArrayList<>();
        for (Path file : examples(root)) {
            boolean creditNote = Files.readString(file).contains("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
            documents.add(new ArtifactIntake().inPlace(creditNote ? "credit-note" : "invoice", file));
        }
        assertThat(documents).hasSize(48);
        RunRecord run = runner.run(RunRequest.of(suite, Subject.UNNAMED, documents, List.of()), RunListener.NONE,
                new RunControl());

        assertThat(run.results()).extracting(TestCaseResult::testCase).hasSize(4);
        assertThat(run.results()).allSatisfy(result -> assertThat(result.verdict().isSatisfied())
                .as(result.testCase() + " " + result.findings().stream().limit(3).toList()).isTrue());
        assertThat(run.verdict()).isEqualTo(OverallVerdict.CONFORMANT);
    }

    /** The suite package: suite.xml beside copies of the corpus's schemas, stylesheet and examples. */
    private static Path makePackage() throws IOException {
        Path root = suiteDir.resolve("en16931-ubl");
        for (String folder : List.of("schema", "xslt", "examples")) {
            copyTree(En16931Corpus.ROOT.resolve(folder), root.resolve(folder));
        }
        Path unit = root.resolve("unit-tests/Invoice-unit-UBL");
        Files.createDirectories(unit);
        Files.copy(En16931Corpus.ROOT.resolve("unit-tests/Invoice-unit-UBL/BR-01__t02.xml"), unit.resolve("BR-01__t02.xml"));
        Files.writeString(root.resolve("suite.xml"), SUITE_XML);
        return root;
    }

    private static List<Path> examples(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("examples"))) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".xml"))
                    .sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
