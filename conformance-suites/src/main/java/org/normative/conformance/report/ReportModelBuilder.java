package org.normative.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.CheckRun;
import org.normative.conformance.run.ClassResult;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;
import org.normative.standards.LocalizedText;

/** Makes the {@link ReportModel} of a run record. */
public final class ReportModelBuilder {

    private final RequirementDirectory requirements;

    public ReportModelBuilder(RequirementDirectory requirements) {
        this.requirements = requirements;
    }

    public ReportModel build(RunRecord run) {
        List<ReportModel.TestCaseRow> testCases = run.results().stream()
                .map(r -> new ReportModel.TestCaseRow(r.testCase(), r.title(), r.classId(), r.requirements(), r.mandatory(),
                        r.verdict(), r.durationMs(), r.findingCount(), r.reason()))
                .toList();
        List<ReportModel.RuleGroup> groups = new ArrayList<>();
        for (TestCaseResult result : run.results()) {
            groups.addAll(groups(result));
        }
        return new ReportModel(run.runId(), run.finishedAt(), run.durationMs(), run.verdict(),
                run.verdict() == OverallVerdict.CONFORMANT && !run.cancelled(), summary(run), run.subject(),
                run.claimedClasses(), run.suite(), run.tool().name(), run.tool().version(), run.tool().engines(),
                run.artifacts(), classes(run), requirementRows(run), testCases, groups,
                groups.stream().anyMatch(ReportModel.RuleGroup::capped), run.cancelled());
    }

    /** The verdict in a sentence a non-expert understands, with the count that matters. */
    static LocalizedText summary(RunRecord run) {
        String standard = run.suite().standardCode() + "@" + run.suite().edition();
        long count = switch (run.verdict()) {
            case CONFORMANT -> run.results().size();
            case NOT_CONFORMANT -> countMandatory(run, Verdict.FAIL);
            case INCOMPLETE -> countMandatory(run, Verdict.INCONCLUSIVE) + countMandatory(run, Verdict.NOT_TESTED);
            case ERROR -> countMandatory(run, Verdict.ERROR);
        };
        return ConformanceException.MESSAGES.text("report.summary." + run.verdict().name(), standard, count);
    }

    private static long countMandatory(RunRecord run, Verdict verdict) {
        return run.results().stream().filter(r -> r.mandatory() && r.verdict() == verdict).count();
    }

    private static List<ReportModel.ClassRow> classes(RunRecord run) {
        List<ReportModel.ClassRow> rows = new ArrayList<>();
        for (ClassResult c : run.classes()) {
            List<TestCaseResult> own = run.results().stream().filter(r -> r.classId().equals(c.id())).toList();
            int notSatisfied = (int) own.stream().filter(r -> r.mandatory() && !r.verdict().isSatisfied()).count();
            rows.add(new ReportModel.ClassRow(c.id(), c.title(), c.verdict(), c.conformant(), own.size(), notSatisfied));
        }
        return rows;
    }

    private List<ReportModel.RequirementRow> requirementRows(RunRecord run) {
        Map<String, List<TestCaseResult>> byRequirement = new LinkedHashMap<>();
        for (TestCaseResult result : run.results()) {
            for (String requirement : result.requirements()) {
                byRequirement.computeIfAbsent(requirement, k -> new ArrayList<>()).add(result);
            }
        }
        List<ReportModel.RequirementRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<TestCaseResult>> entry : byRequirement.entrySet()) {
            Optional<RequirementDirectory.Entry> found = requirements.find(run.suite().standardCode(), run.suite().edition(),
                    entry.getKey());
            Verdict verdict = Verdict.worstOf(entry.getValue().stream().map(TestCaseResult::verdict).toList());
            rows.add(new ReportModel.RequirementRow(entry.getKey(),
                    found.map(f -> f.clauseNumber() + " " + f.clauseHeading()).orElse(""),
                    found.map(RequirementDirectory.Entry::statement).orElse(""),
                    found.map(RequirementDirectory.Entry::obligation).orElse(""), verdict,
                    entry.getValue().stream().map(TestCaseResult::testCase).toList()));
        }
        return rows;
    }

    private static List<ReportModel.RuleGroup> groups(TestCaseResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CheckRun check : result.checks()) {
            check.countsByRule().forEach((rule, count) -> counts.merge(rule, count, Long::sum));
        }
        Map<String, List<Finding>> samples = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            List<Finding> sample = samples.computeIfAbsent(finding.ruleId(), k -> new ArrayList<>());
            if (sample.size() < ReportModel.SAMPLE) {
                sample.add(finding);
            }
        }
        List<ReportModel.RuleGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> sample : samples.entrySet()) {
            groups.add(new ReportModel.RuleGroup(result.testCase(), sample.getKey(), sample.getValue().get(0).severity(),
                    Math.max(counts.getOrDefault(sample.getKey(), 0L), sample.getValue().size()), sample.getValue()));
        }
        return groups;
    }
}
