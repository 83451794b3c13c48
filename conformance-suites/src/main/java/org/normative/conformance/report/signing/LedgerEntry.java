package org.normative.conformance.report.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One issued report in the ledger; {@code entryHash} covers every other field and the previous entry's hash. */
public record LedgerEntry(long seq, String reportId, String fileName, String reportSha256, String signatureSha256, String signer,
                          Instant issuedAt, String previousHash, String entryHash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public static LedgerEntry next(LedgerEntry previous, String reportId, String fileName, String reportSha256,
                                   String signatureSha256, String signer, Instant issuedAt) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.entryHash();
        return new LedgerEntry(seq, reportId, fileName, reportSha256, signatureSha256, signer, issuedAt, previousHash,
                hash(seq, reportId, fileName, reportSha256, signatureSha256, signer, issuedAt, previousHash));
    }

    /** True when the entry's hash is what its fields give. */
    public boolean intact() {
        return entryHash.equals(hash(seq, reportId, fileName, reportSha256, signatureSha256, signer, issuedAt, previousHash));
    }

    private static String hash(long seq, String reportId, String fileName, String reportSha256, String signatureSha256,
                               String signer, Instant issuedAt, String previousHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object field : new Object[] {seq, reportId, fileName, reportSha256, signatureSha256, signer,
                    issuedAt.toEpochMilli(), previousHash}) {
                digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
