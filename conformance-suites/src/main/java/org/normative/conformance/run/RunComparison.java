package org.normative.conformance.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.result.Verdict;

/**
 * Two runs of a suite compared test case by test case (run history): what was fixed, what newly fails, what still
 * fails, and what changed otherwise. Runs of different suites (by id, any version) are refused.
 */
public record RunComparison(RunRecord before, RunRecord after, List<Change> fixed, List<Change> newlyFailing,
                            List<Change> stillFailing, List<Change> otherChanges, List<String> added, List<String> removed) {

    /** One test case's verdict before and after. */
    public record Change(String testCase, Verdict before, Verdict after) {
    }

    public static RunComparison of(RunRecord before, RunRecord after) throws ConformanceException {
        if (!suiteName(before).equals(suiteName(after))) {
            throw new ConformanceException("run.diff.differentSuites", before.suite().id(), after.suite().id());
        }
        Map<String, Verdict> old = verdicts(before);
        Map<String, Verdict> now = verdicts(after);
        List<Change> fixed = new ArrayList<>();
        List<Change> newlyFailing = new ArrayList<>();
        List<Change> stillFailing = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, Verdict> entry : now.entrySet()) {
            Verdict was = old.get(entry.getKey());
            if (was == null) {
                added.add(entry.getKey());
                continue;
            }
            Change change = new Change(entry.getKey(), was, entry.getValue());
            boolean failedBefore = !was.isSatisfied();
            boolean failsNow = !entry.getValue().isSatisfied();
            if (failedBefore && !failsNow) {
                fixed.add(change);
            } else if (!failedBefore && failsNow) {
                newlyFailing.add(change);
            } else if (failedBefore) {
                stillFailing.add(change);
            } else if (was != entry.getValue()) {
                other.add(change);
            }
        }
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        return new RunComparison(before, after, fixed, newlyFailing, stillFailing, other, added, removed);
    }

    private static String suiteName(RunRecord run) {
        return run.suite().group() + ":" + run.suite().suiteId();
    }

    private static Map<String, Verdict> verdicts(RunRecord run) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        run.results().forEach(r -> verdicts.put(r.testCase(), r.verdict()));
        return verdicts;
    }
}
