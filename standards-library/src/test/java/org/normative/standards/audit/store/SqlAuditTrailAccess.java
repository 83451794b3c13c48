package org.normative.standards.audit.store;

import java.time.OffsetDateTime;

/** Lets tests forge an entry's hash the way an attacker who knows the algorithm could. */
public final class SqlAuditTrailAccess {

    private SqlAuditTrailAccess() {
    }

    public static String hash(long seq, OffsetDateTime at, String actor, String action, String subject, String detail,
                              String previous) {
        return SqlAuditTrail.hash(seq, at, actor, action, subject, detail, previous);
    }
}
