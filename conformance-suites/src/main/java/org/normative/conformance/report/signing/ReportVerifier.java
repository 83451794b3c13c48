package org.normative.conformance.report.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.standards.LocalizedText;

/**
 * Checks an issued report, and says exactly what does not match: the signature over the file's bytes, the ledger
 * entry for those bytes and the chain of the whole ledger, and (for a JSON report) the suite's and every
 * artifact's SHA-256 against the run record the workspace keeps.
 */
public final class ReportVerifier {

    /** One thing checked: what, whether it held, and the detail a person needs. */
    public record Check(String name, boolean held, LocalizedText detail) {
    }

    private final ReportLedger ledger;
    private final BiFunction<String, Instant, Optional<RunRecord>> runs;

    /** {@code runs} gives a run as it stood at a moment (with the assessments recorded by then). */
    public ReportVerifier(ReportLedger ledger, BiFunction<String, Instant, Optional<RunRecord>> runs) {
        this.ledger = ledger;
        this.runs = runs;
    }

    public List<Check> verify(Path report) throws ConformanceException {
        byte[] content;
        String sha256;
        try {
            content = Files.readAllBytes(report);
            sha256 = ArtifactIntake.sha256(report);
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", report, e.getMessage());
        }
        List<Check> checks = new ArrayList<>();
        boolean pdf = PdfSignature.isPdf(content);
        checks.add(pdf ? pdfSignature(content) : signature(report, content));
        checks.add(ledgerEntry(report, sha256, !pdf));
        checks.add(chain());
        if (pdf) {
            Instant issued = ledger.findByReportSha256(sha256).map(LedgerEntry::issuedAt).orElse(Instant.now());
            checks.addAll(pdfRunRecord(content, issued));
            return checks;
        }
        JsonNode json = ReportIssuer.ReportFile.json(content);
        if (json != null) {
            Instant issued = ledger.findByReportSha256(sha256).map(LedgerEntry::issuedAt).orElse(Instant.now());
            checks.addAll(runRecord(json, issued));
        }
        return checks;
    }

    private static Check signature(Path report, byte[] content) {
        Path file = ReportIssuer.ReportFile.signatureOf(report);
        if (!Files.isRegularFile(file)) {
            return new Check("signature", false, text("verify.noSignature", file.getFileName()));
        }
        try {
            DetachedSignature.Check check = DetachedSignature.verify(content, Files.readAllBytes(file));
            return check.valid()
                    ? new Check("signature", true, text("verify.signatureValid", check.signer(), check.signingTime()))
                    : new Check("signature", false, text("verify.signatureInvalid", check.problem()));
        } catch (IOException e) {
            return new Check("signature", false, text("verify.signatureInvalid", e.getMessage()));
        }
    }

    private static Check pdfSignature(byte[] content) {
        DetachedSignature.Check check = PdfSignature.verify(content);
        return check.valid()
                ? new Check("signature", true, text("verify.signatureValid", check.signer(), check.signingTime()))
                : new Check("signature", false, text("verify.signatureInvalid", check.problem()));
    }

    /** A PDF names its run, verdict and suite hash in its document information. */
    private List<Check> pdfRunRecord(byte[] content, Instant asOf) {
        String runId = PdfSignature.information(content, PdfSignature.RUN_ID);
        Optional<RunRecord> record = runId == null ? Optional.empty() : runs.apply(runId, asOf);
        if (record.isEmpty()) {
            return List.of(new Check("run record", false, text("verify.noRun", String.valueOf(runId))));
        }
        List<Check> checks = new ArrayList<>();
        String suiteSha = String.valueOf(PdfSignature.information(content, PdfSignature.SUITE_SHA256));
        checks.add(suiteSha.equals(record.get().suite().sha256())
                ? new Check("suite", true, text("verify.suiteMatches", record.get().suite().id(), suiteSha))
                : new Check("suite", false, text("verify.suiteDiffers", suiteSha, record.get().suite().sha256())));
        String verdict = String.valueOf(PdfSignature.information(content, PdfSignature.VERDICT));
        checks.add(verdict.equals(record.get().verdict().name())
                ? new Check("verdict", true, text("verify.verdictMatches", verdict))
                : new Check("verdict", false, text("verify.verdictDiffers", verdict, record.get().verdict())));
        return checks;
    }

    private Check ledgerEntry(Path report, String sha256, boolean detached) {
        Optional<LedgerEntry> entry = ledger.findByReportSha256(sha256);
        if (entry.isEmpty()) {
            return new Check("ledger", false, text("verify.notInLedger", report.getFileName(), sha256));
        }
        Path signature = ReportIssuer.ReportFile.signatureOf(report);
        try {
            if (detached && Files.isRegularFile(signature) && !ArtifactIntake.sha256(signature).equals(entry.get().signatureSha256())) {
                return new Check("ledger", false, text("verify.signatureNotLedgered", entry.get().seq()));
            }
        } catch (IOException e) {
            return new Check("ledger", false, text("verify.signatureInvalid", e.getMessage()));
        }
        return new Check("ledger", true, text("verify.inLedger", entry.get().seq(), entry.get().issuedAt(), entry.get().signer()));
    }

    private Check chain() {
        String previous = LedgerEntry.GENESIS;
        List<LedgerEntry> entries = ledger.all();
        for (LedgerEntry entry : entries) {
            if (!entry.intact() || !entry.previousHash().equals(previous)) {
                return new Check("ledger chain", false, text("verify.chainBroken", entry.seq()));
            }
            previous = entry.entryHash();
        }
        return new Check("ledger chain", true, text("verify.chainIntact", entries.size()));
    }

    private List<Check> runRecord(JsonNode json, Instant asOf) {
        String runId = json.path("reportId").asText();
        Optional<RunRecord> record = runs.apply(runId, asOf);
        if (record.isEmpty()) {
            return List.of(new Check("run record", false, text("verify.noRun", runId)));
        }
        List<Check> checks = new ArrayList<>();
        String suiteSha = json.path("suite").path("sha256").asText();
        checks.add(suiteSha.equals(record.get().suite().sha256())
                ? new Check("suite", true, text("verify.suiteMatches", record.get().suite().id(), suiteSha))
                : new Check("suite", false, text("verify.suiteDiffers", suiteSha, record.get().suite().sha256())));
        Map<String, String> recorded = new HashMap<>();
        for (ArtifactRecord artifact : record.get().artifacts()) {
            recorded.put(artifact.role() + "/" + artifact.name(), artifact.sha256());
        }
        int matching = 0;
        for (JsonNode artifact : json.path("artifacts")) {
            String key = artifact.path("role").asText() + "/" + artifact.path("name").asText();
            String claimed = artifact.path("sha256").asText();
            if (!claimed.equals(recorded.get(key))) {
                checks.add(new Check("artifact", false, text("verify.artifactDiffers", artifact.path("name").asText(), claimed,
                        String.valueOf(recorded.get(key)))));
            } else {
                matching++;
            }
        }
        if (matching == recorded.size() && matching == json.path("artifacts").size()) {
            checks.add(new Check("artifacts", true, text("verify.artifactsMatch", matching)));
        } else if (json.path("artifacts").size() != recorded.size()) {
            checks.add(new Check("artifacts", false, text("verify.artifactCount", json.path("artifacts").size(), recorded.size())));
        }
        String verdict = json.path("verdict").asText();
        checks.add(verdict.equals(record.get().verdict().name())
                ? new Check("verdict", true, text("verify.verdictMatches", verdict))
                : new Check("verdict", false, text("verify.verdictDiffers", verdict, record.get().verdict())));
        return checks;
    }

    private static LocalizedText text(String key, Object... arguments) {
        return ConformanceException.MESSAGES.text(key, arguments);
    }
}
