package org.normative.app.gui.conformance.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.CheckRun;
import org.normative.conformance.run.ClassResult;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.TestCaseResult;

/**
 * The results of a run as a tree, class -> test case -> findings, filtered by verdict and by a search text. Plain
 * Java, tested without a window. A test case lists at most {@link #SHOWN_FINDINGS} findings; the reports have all.
 */
public final class ResultTree {

    public static final int SHOWN_FINDINGS = 200;

    private ResultTree() {
    }

    /**
     * @param verdict only test cases with this verdict; all when null
     * @param search only test cases whose id, title or requirements contain it (case-insensitive), or the findings
     *        whose rule, message or location contain it; all when blank
     * @param moreFindings the note for findings not listed: a pattern with the count as {@code %d}
     */
    public static ResultNode of(RunRecord run, Verdict verdict, String search, Locale locale, String moreFindings) {
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<ResultNode> classes = new ArrayList<>();
        for (ClassResult c : run.classes()) {
            List<ResultNode> testCases = new ArrayList<>();
            for (TestCaseResult result : run.results()) {
                if (!result.classId().equals(c.id()) || (verdict != null && result.verdict() != verdict)) {
                    continue;
                }
                boolean itself = wanted.isEmpty() || matches(wanted, result.testCase(), result.title().in(locale),
                        String.join(" ", result.requirements()));
                List<ResultNode> rows = rows(result, itself ? "" : wanted, locale, moreFindings);
                if (itself || !rows.isEmpty()) {
                    testCases.add(new ResultNode(ResultNode.Kind.TEST_CASE, result.testCase() + "  " + result.title().in(locale),
                            result.verdict(), result.testCase(), null, null, rows));
                }
            }
            if (!testCases.isEmpty()) {
                classes.add(new ResultNode(ResultNode.Kind.CLASS, c.id() + "  " + c.title().in(locale), c.verdict(), null,
                        null, null, testCases));
            }
        }
        return new ResultNode(ResultNode.Kind.RUN, run.suite().id(), null, null, null, null, classes);
    }

    private static List<ResultNode> rows(TestCaseResult result, String wanted, Locale locale, String moreFindings) {
        List<ResultNode> rows = new ArrayList<>();
        for (CheckRun check : result.checks()) {
            if (check.reason() != null && check.findings().isEmpty()) {
                String text = (check.artifact() == null ? "" : check.artifact() + ": ") + check.reason().in(locale);
                if (wanted.isEmpty() || matches(wanted, text)) {
                    rows.add(new ResultNode(ResultNode.Kind.NOTE, text, null, result.testCase(), null, check.artifact(), List.of()));
                }
            }
        }
        int listed = 0;
        long matching = 0;
        for (Finding finding : result.findings()) {
            String label = label(finding);
            if (!wanted.isEmpty() && !matches(wanted, label)) {
                continue;
            }
            matching++;
            if (listed < SHOWN_FINDINGS) {
                rows.add(new ResultNode(ResultNode.Kind.FINDING, label, null, result.testCase(), finding,
                        finding.location().artifact(), List.of()));
                listed++;
            }
        }
        long unlisted = (wanted.isEmpty() ? result.findingCount() : matching) - listed;
        if (unlisted > 0) {
            rows.add(new ResultNode(ResultNode.Kind.NOTE, String.format(moreFindings, unlisted), null, result.testCase(), null,
                    null, List.of()));
        }
        return rows;
    }

    /** {@code [rule] message  (where)}. */
    static String label(Finding finding) {
        return finding.severity() + " [" + finding.ruleId() + "] " + finding.message().replaceAll("\\s+", " ")
                + "  (" + finding.location() + ")";
    }

    private static boolean matches(String wanted, String... texts) {
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
