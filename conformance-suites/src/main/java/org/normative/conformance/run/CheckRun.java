package org.normative.conformance.run;

import java.util.List;
import java.util.Map;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.standards.LocalizedText;

/**
 * One check of a test case on one artifact: the kind, the artifact's name (null for a manual check without one),
 * the verdict, the findings kept, the full count per rule, and the reason for an ERROR, NOT_TESTED or
 * INCONCLUSIVE verdict.
 */
public record CheckRun(String kind, String artifact, Verdict verdict, List<Finding> findings, Map<String, Long> countsByRule,
                       LocalizedText reason, long durationMs) {

    public CheckRun {
        findings = List.copyOf(findings);
        countsByRule = Map.copyOf(countsByRule);
    }

    static CheckRun of(String kind, String artifact, CheckOutcome outcome, long durationMs) {
        return new CheckRun(kind, artifact, outcome.verdict(), outcome.findings(), outcome.countsByRule(), outcome.reason(),
                durationMs);
    }

    static CheckRun decided(String kind, String artifact, Verdict verdict, LocalizedText reason) {
        return new CheckRun(kind, artifact, verdict, List.of(), Map.of(), reason, 0);
    }
}
