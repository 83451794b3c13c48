package org.normative.app.gui.conformance.suites;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.suite.Suite;
import org.normative.conformance.suite.TestCase;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Requirement;

/**
 * A suite traced against the requirements of its edition: the matrix (every requirement with the test cases that
 * verify it, in document order) and the test cases with what they verify. Plain Java, so it is tested without a window.
 */
public record Traceability(List<MatrixRow> matrix, List<TestCaseRow> testCases) {

    public Traceability {
        matrix = List.copyOf(matrix);
        testCases = List.copyOf(testCases);
    }

    public static Traceability of(Suite suite, EditionContent content, Locale locale) {
        Map<String, List<String>> verifiedBy = new LinkedHashMap<>();
        Set<String> verifiable = new HashSet<>();
        for (TestCase testCase : suite.testCases()) {
            testCase.requirements().forEach(id -> verifiedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(testCase.id()));
            if (!testCase.notTestable()) {
                verifiable.addAll(testCase.requirements());
            }
        }
        Map<String, Clause> clauses = content.allClauses().stream()
                .collect(Collectors.toMap(Clause::key, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<String> clauseOrder = new ArrayList<>(clauses.keySet());
        List<MatrixRow> matrix = content.requirements().stream()
                .sorted(java.util.Comparator.comparingInt((Requirement r) -> clauseOrder.indexOf(r.clauseKey())))
                .map(r -> {
                    Clause clause = clauses.get(r.clauseKey());
                    List<String> testCases = verifiedBy.getOrDefault(r.id(), List.of());
                    return new MatrixRow(r.id(), clause == null ? "" : clause.number(), clause == null ? "" : clause.heading(),
                            r.obligation().name(), r.statement(), testCases, !testCases.isEmpty() && !verifiable.contains(r.id()));
                })
                .toList();
        Set<String> known = content.requirements().stream().map(Requirement::id).collect(Collectors.toSet());
        List<TestCaseRow> testCases = suite.testCases().stream()
                .map(t -> new TestCaseRow(t.id(), t.title().in(locale), t.classId(), kinds(t), t.requirements(), t.mandatory(),
                        t.manual(), t.notTestable() ? t.notTestableReason().in(locale) : null,
                        t.requirements().stream().filter(id -> !known.contains(id)).toList()))
                .toList();
        return new Traceability(matrix, testCases);
    }

    private static String kinds(TestCase testCase) {
        if (testCase.notTestable()) {
            return "not-testable";
        }
        return testCase.manual() ? "manual"
                : String.join(", ", testCase.checks().stream().map(CheckDeclaration::kind).distinct().toList());
    }

    /** Requirements that a test case of the suite can verify. */
    public long covered() {
        return matrix.stream().filter(MatrixRow::covered).count();
    }

    /** Requirements no test case traces: gaps in the suite. */
    public long uncovered() {
        return matrix.stream().filter(MatrixRow::uncovered).count();
    }

    /** Requirements traced only by test cases marked not testable. */
    public long notTestableRequirements() {
        return matrix.stream().filter(MatrixRow::notTestable).count();
    }

    public long manual() {
        return testCases.stream().filter(TestCaseRow::manual).count();
    }

    public long markedNotTestable() {
        return testCases.stream().filter(TestCaseRow::notTestable).count();
    }
}
