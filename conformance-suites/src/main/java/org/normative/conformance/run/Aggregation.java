package org.normative.conformance.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.suite.ConformanceClass;
import org.normative.conformance.suite.Suite;

/**
 * The aggregation rules of DESIGN.md: a group takes the worst of its members; a class holds only if every
 * mandatory test case of it and of the classes it depends on passed or is justified not applicable; ERROR never
 * counts as a pass.
 */
final class Aggregation {

    private Aggregation() {
    }

    static List<ClassResult> classes(Suite suite, List<String> claimed, List<TestCaseResult> results) {
        Map<String, Verdict> own = new HashMap<>();
        for (String id : claimed) {
            List<Verdict> verdicts = results.stream()
                    .filter(r -> r.classId().equals(id) && r.mandatory()).map(TestCaseResult::verdict).toList();
            // a class without mandatory test cases of its own holds when the classes it depends on hold
            own.put(id, verdicts.isEmpty() ? Verdict.NOT_APPLICABLE : Verdict.worstOf(verdicts));
        }
        List<ClassResult> classes = new ArrayList<>();
        for (String id : claimed) {
            classes.add(new ClassResult(id, suite.conformanceClass(id).orElseThrow().title(),
                    withDependencies(suite, id, own, new ArrayList<>())));
        }
        return classes;
    }

    private static Verdict withDependencies(Suite suite, String id, Map<String, Verdict> own, List<String> seen) {
        seen.add(id);
        Verdict verdict = own.getOrDefault(id, Verdict.NOT_TESTED);
        ConformanceClass c = suite.conformanceClass(id).orElseThrow();
        for (String dependency : c.depends()) {
            if (!seen.contains(dependency)) {
                verdict = verdict.worse(withDependencies(suite, dependency, own, seen));
            }
        }
        return verdict;
    }

    static OverallVerdict overall(List<ClassResult> classes) {
        Verdict worst = Verdict.worstOf(classes.stream().map(ClassResult::verdict).toList());
        return switch (worst) {
            case ERROR -> OverallVerdict.ERROR;
            case FAIL -> OverallVerdict.NOT_CONFORMANT;
            case INCONCLUSIVE, NOT_TESTED -> OverallVerdict.INCOMPLETE;
            case PASS, WARNING, NOT_APPLICABLE -> OverallVerdict.CONFORMANT;
        };
    }
}
