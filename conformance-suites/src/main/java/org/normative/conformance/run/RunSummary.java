package org.normative.conformance.run;

import java.time.Instant;

/** A stored run as lists show it; the full record is read with {@code RunStore.record}. */
public record RunSummary(String runId, String suiteRef, String suiteSha256, String standardCode, String edition, Long submissionId,
                         Subject subject, Instant startedAt, Instant finishedAt, OverallVerdict verdict, String recordSha256) {
}
