package org.normative.standards.audit;

import java.time.OffsetDateTime;

/** One recorded change: who did what to which subject, chained to the entry before it by {@code previousHash}. */
public record AuditEntry(long seq, OffsetDateTime recordedAt, String actor, String action, String subject,
                         String detail, String previousHash, String hash) {
}
