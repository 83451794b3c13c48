package org.normative.standards.audit;

import java.util.List;

/**
 * The append-only, hash-chained log of every change in the workspace ({@code normative audit verify}). An entry's
 * hash covers its own fields and the previous entry's hash, so a row altered, inserted or deleted behind the
 * tool's back breaks the chain at that entry.
 */
public interface AuditTrail {

    /** Records a change; call inside the transaction that makes it, so both commit or roll back together. */
    AuditEntry append(String actor, String action, String subject, String detail);

    /** The entries about a subject (or all when null), newest first, at most {@code limit}. */
    List<AuditEntry> history(String subject, int limit);

    /** The entries after {@code seq}, oldest first, at most {@code limit}. */
    List<AuditEntry> entriesAfter(long seq, int limit);

    /** The number of the last entry: a change counter for caches such as the search index. */
    long lastSeq();

    /** Walks the whole chain in order and reports the first entry that does not match. */
    AuditVerification verify();
}
