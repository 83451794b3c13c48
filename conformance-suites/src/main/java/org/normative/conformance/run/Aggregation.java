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
        List<ClassResult> declared = new ArrayList<>();
        for (String id : claimed) {
            ConformanceClass c = suite.conformanceClass(id).orElseThrow();
            declared.add(new ClassResult(id, c.title(), c.depends(), Verdict.NOT_TESTED));
        }
        return reaggregate(declared, results);
    }

    /** The classes' verdicts again from (changed) test case results; the classes carry their dependencies. */
    static List<ClassResult> reaggregate(List<ClassResult> claimed, List<TestCaseResult> results) {
        Map<String, ClassResult> byId = new HashMap<>();
        claimed.forEach(c -> byId.put(c.id(), c));
        Map<String, Verdict> own = new HashMap<>();
        for (ClassResult c : claimed) {
            String id = c.id();
            List<Verdict> verdicts = results.stream()
                    .filter(r -> r.classId().equals(id) && r.mandatory()).map(TestCaseResult::verdict).toList();
            // a class without mandatory test cases of its own holds when the classes it depends on hold
            own.put(id, verdicts.isEmpty() ? Verdict.NOT_APPLICABLE : Verdict.worstOf(verdicts));
        }
        List<ClassResult> classes = new ArrayList<>();
        for (ClassResult c : claimed) {
            classes.add(new ClassResult(c.id(), c.title(), c.depends(), withDependencies(byId, c.id(), own, new ArrayList<>())));
        }
        return classes;
    }

    private static Verdict withDependencies(Map<String, ClassResult> classes, String id, Map<String, Verdict> own,
                                            List<String> seen) {
        seen.add(id);
        Verdict verdict = own.getOrDefault(id, Verdict.NOT_TESTED);
        ClassResult c = classes.get(id);
        for (String dependency : c == null ? List.<String>of() : c.depends()) {
            if (!seen.contains(dependency)) {
                verdict = verdict.worse(withDependencies(classes, dependency, own, seen));
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
