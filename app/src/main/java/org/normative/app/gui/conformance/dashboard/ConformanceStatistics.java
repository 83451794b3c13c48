package org.normative.app.gui.conformance.dashboard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunSummary;
import org.normative.conformance.run.TestCaseResult;

/** The dashboard's figures from the runs of a workspace: plain Java, tested without a window. */
public final class ConformanceStatistics {

    private ConformanceStatistics() {
    }

    /** Runs per day and verdict, days in order. */
    public static List<DayCount> perDay(List<RunSummary> runs, ZoneId zone) {
        Map<String, Map<OverallVerdict, Integer>> days = new TreeMap<>();
        for (RunSummary run : runs) {
            String day = run.startedAt().atZone(zone).toLocalDate().toString();
            days.computeIfAbsent(day, d -> new TreeMap<>()).merge(run.verdict(), 1, Integer::sum);
        }
        List<DayCount> counts = new ArrayList<>();
        days.forEach((day, verdicts) -> verdicts.forEach((verdict, count) -> counts.add(new DayCount(day, verdict, count))));
        return counts;
    }

    /**
     * The requirements whose test cases failed (or could not be decided) most often, counted once per run and per
     * system, the most runs first.
     */
    public static List<FailingRequirement> failingMost(List<RunRecord> records, int limit) {
        Map<String, Integer> runs = new HashMap<>();
        Map<String, Set<String>> systems = new HashMap<>();
        Map<String, String> standards = new HashMap<>();
        for (RunRecord record : records) {
            Set<String> failedHere = new HashSet<>();
            for (TestCaseResult result : record.results()) {
                if (result.verdict() == Verdict.FAIL || result.verdict() == Verdict.ERROR) {
                    failedHere.addAll(result.requirements());
                }
            }
            String system = record.subject().organisation() + "/" + record.subject().system();
            for (String requirement : failedHere) {
                runs.merge(requirement, 1, Integer::sum);
                systems.computeIfAbsent(requirement, r -> new HashSet<>()).add(system);
                standards.put(requirement, record.suite().standardCode());
            }
        }
        return runs.entrySet().stream()
                .map(e -> new FailingRequirement(standards.get(e.getKey()), e.getKey(), e.getValue(), systems.get(e.getKey()).size()))
                .sorted(Comparator.comparingInt(FailingRequirement::runs).reversed()
                        .thenComparing(Comparator.comparingInt(FailingRequirement::systems).reversed())
                        .thenComparing(FailingRequirement::requirement))
                .limit(limit)
                .toList();
    }
}
