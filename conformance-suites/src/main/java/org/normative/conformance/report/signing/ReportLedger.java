package org.normative.conformance.report.signing;

import java.util.List;
import java.util.Optional;

/** The hash-chained ledger of issued reports in the workspace. */
public interface ReportLedger {

    /** Appends the entry that follows the last one (serialised: one writer at a time). */
    LedgerEntry append(String reportId, String fileName, String reportSha256, String signatureSha256, String signer);

    List<LedgerEntry> all();

    Optional<LedgerEntry> findByReportSha256(String sha256);
}
