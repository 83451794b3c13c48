package org.normative.conformance.check;

import java.util.List;
import java.util.Map;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.standards.LocalizedText;

/**
 * What one check said about one artifact.
 *
 * @param findings the findings kept (at most the context's cap)
 * @param countsByRule how often each rule fired, counted in full even where findings were capped
 * @param reason why the verdict is ERROR, NOT_TESTED or INCONCLUSIVE; null otherwise
 */
public record CheckOutcome(Verdict verdict, List<Finding> findings, Map<String, Long> countsByRule, LocalizedText reason) {

    public CheckOutcome {
        findings = List.copyOf(findings);
        countsByRule = Map.copyOf(countsByRule);
    }

    public long findingCount() {
        return countsByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean capped() {
        return findingCount() > findings.size();
    }
}
