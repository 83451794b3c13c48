package org.normative.standards.audit;

/**
 * The outcome of checking the audit chain: how many entries were checked and, if the chain is broken, the first
 * entry that does not match and why.
 */
public record AuditVerification(long entriesChecked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
