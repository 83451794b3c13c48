package org.normative.conformance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.report.signing.LedgerEntry;
import org.normative.conformance.report.signing.ReportIssuer;
import org.normative.conformance.report.signing.ReportVerifier;
import org.normative.conformance.report.signing.ReportVerifier.Check;
import org.normative.conformance.report.signing.SigningKey;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestSuites;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.standards.workspace.Workspace;

/** Issued reports: signed, entered in the ledger, verified; a report or a ledger changed by one byte is caught. */
class ReportSigningTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ConformanceWorkspace conformance;
    private SigningKey key;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        conformance = new ConformanceWorkspace(workspace, TestSuites.kinds(), Limits.DEFAULT, Clock.systemUTC());
        key = SigningKey.fromPkcs12(testKeystore(dir.resolve("evaluator.p12"), "secret".toCharArray()), "secret".toCharArray(), null);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path report(String testCases) throws Exception {
        Path data = dir.resolve("data.xml");
        Files.writeString(data, "<a/>");
        var suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), testCases));
        RunRecord run = new Runner(Limits.DEFAULT).run(RunRequest.of(suite, Subject.UNNAMED,
                List.of(new ArtifactIntake().inPlace("data", data)), List.of()), RunListener.NONE, new RunControl());
        conformance.saveRun(run, null);
        Path report = dir.resolve("report.json");
        try (OutputStream out = Files.newOutputStream(report)) {
            ReportFormat.JSON.write(run, RequirementDirectory.NONE, Locale.ENGLISH, out);
        }
        return report;
    }

    private List<Check> verify(Path report) throws ConformanceException {
        return new ReportVerifier(conformance.ledger(), (id, asOf) -> {
            try {
                return conformance.assessedRun(id, asOf);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).verify(report);
    }

    @Test
    void anIssuedReportVerifies() throws Exception {
        Path report = report(TestSuites.testCase("/t/a", "core", "fail"));
        LedgerEntry entry = new ReportIssuer(conformance.ledger()).issue(report, key);

        assertThat(entry.seq()).isEqualTo(1);
        assertThat(dir.resolve("report.json.p7s")).exists();
        List<Check> checks = verify(report);
        assertThat(checks).allSatisfy(check -> assertThat(check.held()).as(check.name() + ": " + check.detail().en()).isTrue());
        assertThat(checks).extracting(Check::name).contains("signature", "ledger", "ledger chain", "suite", "artifacts", "verdict");
        assertThat(checks.get(0).detail().en()).contains("CN=Test Evaluator");
    }

    @Test
    void aReportChangedByOneByteFailsWithThePreciseReason() throws Exception {
        Path report = report(TestSuites.testCase("/t/a", "core", "fail"));
        new ReportIssuer(conformance.ledger()).issue(report, key);
        byte[] bytes = Files.readAllBytes(report);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\"NOT_CONFORMANT\"", "\"CONFORMANT\"    ");
        Files.writeString(report, text);

        List<Check> checks = verify(report);
        assertThat(checks.stream().filter(c -> !c.held()).map(Check::name)).contains("signature", "ledger", "verdict");
        assertThat(checks.stream().filter(c -> c.name().equals("ledger")).findFirst().orElseThrow().detail().en())
                .contains("is not in the ledger").contains("changed after it was issued");
        assertThat(checks.stream().filter(c -> c.name().equals("verdict")).findFirst().orElseThrow().detail().en())
                .isEqualTo("The report states the verdict CONFORMANT, but the run came to NOT_CONFORMANT.");
    }

    @Test
    void aChangedLedgerEntryBreaksTheChain() throws Exception {
        Path report = report(TestSuites.testCase("/t/a", "core", "pass"));
        new ReportIssuer(conformance.ledger()).issue(report, key);
        workspace.jdbi().useHandle(h -> h.execute("UPDATE report_ledger SET signer = 'CN=Someone Else' WHERE seq = 1"));

        assertThat(verify(report)).filteredOn(c -> c.name().equals("ledger chain")).singleElement()
                .satisfies(c -> assertThat(c.detail().en()).contains("tampered with at entry 1"));
    }

    @Test
    void anIncompleteRunCannotBeIssued() throws Exception {
        String manual = "<test-case id=\"/t/m\" class=\"core\" requirements=\"/req/x\"><title xml:lang=\"en\">m</title>"
                + "<procedure xml:lang=\"en\">Look.</procedure></test-case>";
        Path report = report(TestSuites.testCase("/t/a", "core", "pass") + manual);

        assertThatThrownBy(() -> new ReportIssuer(conformance.ledger()).issue(report, key))
                .hasMessageContaining("its verdict is INCOMPLETE");
        assertThat(conformance.ledger().all()).isEmpty();
    }

    @Test
    void aPdfReportIsSignedInsideAndAnyChangeToItIsCaught() throws Exception {
        Path json = report(TestSuites.testCase("/t/a", "core", "fail"));
        var run = conformance.runs().get(0);
        Path pdf = dir.resolve("report.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var information = document.getDocumentInformation();
            information.setTitle("Conformance verification report");
            information.setCustomMetadataValue(org.normative.conformance.report.signing.PdfSignature.RUN_ID, run.runId());
            information.setCustomMetadataValue(org.normative.conformance.report.signing.PdfSignature.VERDICT, run.verdict().name());
            information.setCustomMetadataValue(org.normative.conformance.report.signing.PdfSignature.SUITE_SHA256, run.suiteSha256());
            document.save(pdf.toFile());
        }
        new ReportIssuer(conformance.ledger()).issue(pdf, key);

        assertThat(dir.resolve("report.pdf.p7s")).doesNotExist();
        assertThat(verify(pdf)).allSatisfy(check -> assertThat(check.held()).as(check.name() + ": " + check.detail().en()).isTrue());

        byte[] bytes = Files.readAllBytes(pdf);
        Files.write(pdf, java.util.Arrays.copyOf(bytes, bytes.length + 12));
        assertThat(verify(pdf)).filteredOn(c -> c.name().equals("signature")).singleElement()
                .satisfies(c -> assertThat(c.detail().en()).contains("added to the file after it was signed"));
        bytes[200] ^= 1;
        Files.write(pdf, bytes);
        assertThat(verify(pdf).stream().filter(c -> !c.held()).map(Check::name)).contains("signature", "ledger");
        assertThat(json).exists();
    }

    @Test
    void aWrongKeystorePasswordIsSaidPlainly() {
        assertThatThrownBy(() -> SigningKey.fromPkcs12(dir.resolve("evaluator.p12"), "wrong".toCharArray(), null))
                .hasMessageContaining("password of the keystore").hasMessageContaining("is wrong");
    }

    /** What docs/reports.md tells evaluators to make with keytool, made here with BouncyCastle. */
    static Path testKeystore(Path file, char[] password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Test Evaluator, O=Normative Test Lab, C=CN");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("evaluator", pair.getPrivate(), password, new java.security.cert.Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }
}
