package org.normative.conformance.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A finished run, immutable: the inputs' hashes, the suite's hash, the tool's version, and every result. Reports
 * are views over it and can be made again from it at any time.
 */
public record RunRecord(String runId, Instant startedAt, Instant finishedAt, ToolInfo tool, SuiteRecord suite, Subject subject,
                        List<String> claimedClasses, List<ArtifactRecord> artifacts, OverallVerdict verdict,
                        List<ClassResult> classes, List<TestCaseResult> results, boolean cancelled) {

    public RunRecord {
        claimedClasses = List.copyOf(claimedClasses);
        artifacts = List.copyOf(artifacts);
        classes = List.copyOf(classes);
        results = List.copyOf(results);
    }

    public long durationMs() {
        return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }

    public Optional<TestCaseResult> result(String testCase) {
        return results.stream().filter(r -> r.testCase().equals(testCase)).findFirst();
    }
}
