package org.normative.conformance.report.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.submission.ArtifactIntake;

/**
 * Issues a report: the evaluator signs its bytes (a detached CMS signature written beside it as {@code FILE.p7s}) and
 * the report enters the ledger. A report whose run is INCOMPLETE or was cancelled cannot be issued: a certificate
 * must not be signed while manual test cases are open.
 */
public final class ReportIssuer {

    private final ReportLedger ledger;

    public ReportIssuer(ReportLedger ledger) {
        this.ledger = ledger;
    }

    public LedgerEntry issue(Path report, SigningKey key) throws ConformanceException {
        try {
            byte[] content = Files.readAllBytes(report);
            if (PdfSignature.isPdf(content)) {
                return issuePdf(report, content, key);
            }
            JsonNode json = ReportFile.json(content);
            if (json == null) {
                throw new ConformanceException("signing.notAReport", report.getFileName());
            }
            String verdict = json.path("verdict").asText();
            if ("INCOMPLETE".equals(verdict) || json.path("cancelled").asBoolean(false)) {
                throw new ConformanceException("signing.incomplete", report.getFileName(), verdict);
            }
            byte[] signature = DetachedSignature.sign(content, key);
            Path signatureFile = ReportFile.signatureOf(report);
            Files.write(signatureFile, signature);
            return ledger.append(json.path("reportId").asText(), report.getFileName().toString(),
                    ArtifactIntake.sha256(report), ArtifactIntake.sha256(signatureFile),
                    key.certificate().getSubjectX500Principal().getName());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new ConformanceException(e, "report.cannotWrite", report, e.getMessage());
        }
    }

    /** A PDF report gets its signature inside (PAdES); the ledger records the signed file. */
    private LedgerEntry issuePdf(Path report, byte[] content, SigningKey key)
            throws ConformanceException, IOException, java.security.NoSuchAlgorithmException {
        String runId = PdfSignature.information(content, PdfSignature.RUN_ID);
        String verdict = PdfSignature.information(content, PdfSignature.VERDICT);
        if (runId == null) {
            throw new ConformanceException("signing.notAReport", report.getFileName());
        }
        if ("INCOMPLETE".equals(verdict)) {
            throw new ConformanceException("signing.incomplete", report.getFileName(), verdict);
        }
        PdfSignature.sign(report, key, "Conformance verification report " + runId);
        byte[] signed = Files.readAllBytes(report);
        return ledger.append(runId, report.getFileName().toString(), ArtifactIntake.sha256(report),
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(PdfSignature.signatureBytes(signed))),
                key.certificate().getSubjectX500Principal().getName());
    }

    /** What issuer and verifier share about report files. */
    static final class ReportFile {

        private static final ObjectMapper JSON = new ObjectMapper();

        private ReportFile() {
        }

        static Path signatureOf(Path report) {
            return report.resolveSibling(report.getFileName() + ".p7s");
        }

        /** The report's JSON, or null when the file is not a JSON report of this tool. */
        static JsonNode json(byte[] content) {
            try {
                JsonNode node = JSON.readTree(content);
                return node != null && node.path("format").asText().startsWith("normative-report/") ? node : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
