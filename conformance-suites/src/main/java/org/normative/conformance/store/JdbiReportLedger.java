package org.normative.conformance.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.normative.conformance.report.signing.LedgerEntry;
import org.normative.conformance.report.signing.ReportLedger;

/** The report ledger in the workspace database; appends lock the table so the chain never forks. */
public final class JdbiReportLedger implements ReportLedger {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiReportLedger(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public LedgerEntry append(String reportId, String fileName, String reportSha256, String signatureSha256, String signer) {
        return jdbi.inTransaction(h -> {
            h.execute("UPDATE report_ledger_head SET last_seq = last_seq + 1 WHERE id = 1");
            LedgerEntry last = map(h.createQuery("SELECT * FROM report_ledger ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY"))
                    .findOne().orElse(null);
            LedgerEntry entry = LedgerEntry.next(last, reportId, fileName, reportSha256, signatureSha256, signer,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            insert(h, entry);
            return entry;
        });
    }

    private static void insert(Handle h, LedgerEntry entry) {
        h.createUpdate("""
                        INSERT INTO report_ledger (seq, report_id, file_name, report_sha256, signature_sha256, signer, issued_at,
                                                   previous_hash, entry_hash)
                        VALUES (:seq, :id, :file, :report, :signature, :signer, :at, :previous, :hash)""")
                .bind("seq", entry.seq()).bind("id", entry.reportId()).bind("file", entry.fileName())
                .bind("report", entry.reportSha256()).bind("signature", entry.signatureSha256()).bind("signer", entry.signer())
                .bind("at", OffsetDateTime.ofInstant(entry.issuedAt(), ZoneOffset.UTC)).bind("previous", entry.previousHash())
                .bind("hash", entry.entryHash()).execute();
    }

    @Override
    public List<LedgerEntry> all() {
        return jdbi.withHandle(h -> map(h.createQuery("SELECT * FROM report_ledger ORDER BY seq")).list());
    }

    @Override
    public Optional<LedgerEntry> findByReportSha256(String sha256) {
        return jdbi.withHandle(h -> map(h.createQuery("SELECT * FROM report_ledger WHERE report_sha256 = :sha ORDER BY seq")
                .bind("sha", sha256)).findFirst());
    }

    private static ResultIterable<LedgerEntry> map(org.jdbi.v3.core.statement.Query query) {
        return query.map((rs, ctx) -> new LedgerEntry(rs.getLong("seq"), rs.getString("report_id"), rs.getString("file_name"),
                rs.getString("report_sha256"), rs.getString("signature_sha256"), rs.getString("signer"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("previous_hash"),
                rs.getString("entry_hash")));
    }
}
