package org.normative.conformance.run;

import java.util.List;
import java.util.Objects;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.standards.LocalizedText;

/**
 * What one test case came to: the worst of its checks on all the artifacts of its role. The title is kept so that
 * reports can be made from the record alone, years later, without the suite package.
 */
public record TestCaseResult(String testCase, LocalizedText title, String classId, List<String> requirements,
                             boolean mandatory, Verdict verdict, long durationMs, List<CheckRun> checks) {

    public TestCaseResult {
        requirements = List.copyOf(requirements);
        checks = List.copyOf(checks);
    }

    public List<Finding> findings() {
        return checks.stream().flatMap(c -> c.findings().stream()).toList();
    }

    public long findingCount() {
        return checks.stream().flatMap(c -> c.countsByRule().values().stream()).mapToLong(Long::longValue).sum();
    }

    /** The first reason a check gave for its verdict (why ERROR, NOT_TESTED, INCONCLUSIVE), or null. */
    public LocalizedText reason() {
        return checks.stream().map(CheckRun::reason).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
