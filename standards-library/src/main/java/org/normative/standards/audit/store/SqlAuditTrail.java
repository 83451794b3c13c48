package org.normative.standards.audit.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.normative.standards.audit.AuditEntry;
import org.normative.standards.audit.AuditTrail;
import org.normative.standards.audit.AuditVerification;

/**
 * The audit trail in the workspace database. The append-only, hash-chained log of every change in the workspace. An entry's hash covers its own fields and
 * the previous entry's hash, so a row altered, inserted or deleted behind the tool's back breaks the chain at that
 * entry, which {@link #verify()} reports. Appends join the caller's transaction (Jdbi hands nested calls the open
 * handle), so a change and its entry commit or roll back together.
 */
public final class SqlAuditTrail implements AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final Jdbi jdbi;

    public SqlAuditTrail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public AuditEntry append(String actor, String action, String subject, String detail) {
        return jdbi.inTransaction(h -> append(h, actor, action, subject, detail));
    }

    private static AuditEntry append(Handle h, String actor, String action, String subject, String detail) {
        // taking the head row's lock first serialises concurrent writers until they commit
        h.createUpdate("UPDATE audit_head SET seq = seq + 1 WHERE id = 1").execute();
        var head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).one();
        long seq = (Long) head[0];
        String previous = (String) head[1];
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(seq, at, actor, action, subject, detail, previous);
        h.createUpdate("""
                        INSERT INTO audit_log (seq, recorded_at, actor, action, subject, detail, previous_hash, hash)
                        VALUES (:seq, :at, :actor, :action, :subject, :detail, :previous, :hash)""")
                .bind("seq", seq).bind("at", at).bind("actor", actor).bind("action", action)
                .bind("subject", subject).bind("detail", detail).bind("previous", previous).bind("hash", hash)
                .execute();
        h.createUpdate("UPDATE audit_head SET hash = :hash WHERE id = 1").bind("hash", hash).execute();
        return new AuditEntry(seq, at, actor, action, subject, detail, previous, hash);
    }

    @Override
    public List<AuditEntry> history(String subject, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log "
                        + (subject == null ? "" : "WHERE subject = :subject ")
                        + "ORDER BY seq DESC FETCH FIRST :limit ROWS ONLY")
                .bind("subject", subject)
                .bind("limit", limit)
                .map(SqlAuditTrail::entry)
                .list());
    }

    @Override
    public List<AuditEntry> entriesAfter(long seq, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log WHERE seq > :seq ORDER BY seq FETCH FIRST :limit ROWS ONLY")
                .bind("seq", seq)
                .bind("limit", limit)
                .map(SqlAuditTrail::entry)
                .list());
    }

    @Override
    public long lastSeq() {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq FROM audit_head WHERE id = 1").mapTo(Long.class).one());
    }

    @Override
    public AuditVerification verify() {
        return jdbi.withHandle(h -> {
            long[] checked = {0};
            String[] previous = {GENESIS};
            long[] expectedSeq = {1};
            Optional<AuditVerification> broken = h.createQuery("SELECT * FROM audit_log ORDER BY seq")
                    .map(SqlAuditTrail::entry)
                    .stream()
                    .map(entry -> {
                        checked[0]++;
                        String problem = null;
                        if (entry.seq() != expectedSeq[0]) {
                            problem = "entry " + expectedSeq[0] + " is missing (the next one is " + entry.seq() + ")";
                        } else if (!entry.previousHash().equals(previous[0])) {
                            problem = "it does not follow the entry before it (previous hash differs)";
                        } else if (!entry.hash().equals(hash(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(),
                                entry.subject(), entry.detail(), entry.previousHash()))) {
                            problem = "its content was changed after it was recorded (hash differs)";
                        }
                        previous[0] = entry.hash();
                        expectedSeq[0] = entry.seq() + 1;
                        return problem == null ? null : new AuditVerification(checked[0], entry.seq(), problem);
                    })
                    .filter(java.util.Objects::nonNull)
                    .findFirst();
            if (broken.isPresent()) {
                return broken.get();
            }
            var head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                    .map((rs, ctx) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).one();
            if ((Long) head[0] != expectedSeq[0] - 1 || !head[1].equals(previous[0])) {
                return new AuditVerification(checked[0], expectedSeq[0],
                        "the last entries were removed (the log ends at " + (expectedSeq[0] - 1) + ", the head says " + head[0] + ")");
            }
            return new AuditVerification(checked[0], null, null);
        });
    }

    private static AuditEntry entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    static String hash(long seq, OffsetDateTime at, String actor, String action, String subject, String detail,
                       String previous) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        // length-prefixed fields: no two different entries serialise to the same bytes
        for (String field : new String[] {Long.toString(seq), at.toInstant().toString(), actor, action, subject,
                detail == null ? "\u0000" : detail, previous}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
