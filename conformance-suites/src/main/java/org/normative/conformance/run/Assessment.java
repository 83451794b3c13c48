package org.normative.conformance.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.normative.conformance.result.Verdict;

/**
 * What an evaluator records about a test case of a run after it ran (DESIGN.md, "Evaluator workflow"):
 * <ul>
 *   <li>{@link Kind#JUDGEMENT}: the verdict of a manual test case (PASS, FAIL or NOT_APPLICABLE);</li>
 *   <li>{@link Kind#OVERRIDE}: another verdict for an automatic one, with the justification;</li>
 *   <li>{@link Kind#WAIVER}: a failure accepted until a date, with the justification (it counts as not applicable
 *       until then, and as what it was after);</li>
 *   <li>{@link Kind#CERTIFICATION}: the evaluator's certification statement for the whole run (no test case).</li>
 * </ul>
 */
public record Assessment(long id, String runId, String testCase, Kind kind, Verdict verdict, String note, String evaluator,
                         Instant recordedAt, LocalDate expiresOn, String attachmentName, String attachmentSha256) {

    public enum Kind {
        JUDGEMENT,
        OVERRIDE,
        WAIVER,
        CERTIFICATION
    }

    public Assessment {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(evaluator, "evaluator");
        testCase = testCase == null ? "" : testCase;
    }

    /** A waiver counts only until its expiry date (inclusive). */
    public boolean inForce(LocalDate today) {
        return kind != Kind.WAIVER || expiresOn == null || !today.isAfter(expiresOn);
    }
}
