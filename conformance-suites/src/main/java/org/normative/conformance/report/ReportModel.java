package org.normative.conformance.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.SuiteRecord;
import org.normative.standards.LocalizedText;

/**
 * What a human report says, derived from a run record, in the order a reader needs it: the verdict and whether it
 * can be certified, in plain words; the subject; per class, per requirement (with its clause), per test case; then
 * the findings grouped by rule with a capped sample. Writers (PDF, XLSX) only lay it out.
 */
public record ReportModel(String reportId, Instant generatedAt, long durationMs, OverallVerdict verdict, boolean certifiable,
                          LocalizedText summary, Subject subject, List<String> claimedClasses, SuiteRecord suite,
                          String toolName, String toolVersion, Map<String, String> engines, List<ArtifactRecord> artifacts,
                          List<ClassRow> classes, List<RequirementRow> requirements, List<TestCaseRow> testCases,
                          List<RuleGroup> findingGroups, boolean samplesCapped, boolean cancelled) {

    /** Findings shown per rule and test case; the JSON report keeps them all. */
    public static final int SAMPLE = 20;

    public ReportModel {
        claimedClasses = List.copyOf(claimedClasses);
        engines = Map.copyOf(engines);
        artifacts = List.copyOf(artifacts);
        classes = List.copyOf(classes);
        requirements = List.copyOf(requirements);
        testCases = List.copyOf(testCases);
        findingGroups = List.copyOf(findingGroups);
    }

    public record ClassRow(String id, LocalizedText title, Verdict verdict, boolean conformant, int testCases, int notSatisfied) {
    }

    /** A requirement of the edition that the run verified, with the worst verdict of the test cases citing it. */
    public record RequirementRow(String id, String clause, String statement, String obligation, Verdict verdict,
                                 List<String> testCases) {
        public RequirementRow {
            testCases = List.copyOf(testCases);
        }
    }

    public record TestCaseRow(String id, LocalizedText title, String classId, List<String> requirements, boolean mandatory,
                              Verdict verdict, long durationMs, long findingCount, LocalizedText reason) {
        public TestCaseRow {
            requirements = List.copyOf(requirements);
        }
    }

    /** The findings of one rule in one test case: the full count and a sample of at most {@link #SAMPLE}. */
    public record RuleGroup(String testCase, String ruleId, Severity severity, long count, List<Finding> sample) {
        public RuleGroup {
            sample = List.copyOf(sample);
        }

        public boolean capped() {
            return count > sample.size();
        }
    }
}
