package org.normative.conformance.report.xlsx;

import java.time.LocalDate;
import java.util.List;

import org.normative.conformance.result.Verdict;

/** An evaluator's judgement of a manual test case, as filled in offline on the report's Manual judgements sheet. */
public record ManualJudgement(String testCase, Verdict verdict, String note, String evaluator, LocalDate date) {

    /** The verdicts an evaluator may give a manual test case. */
    public static final List<Verdict> VERDICTS = List.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_APPLICABLE);

    /** The sheet's name key and its columns' header keys, in order; the reader finds the values by position. */
    static final String SHEET = "report.sheet.judgements";
    static final List<String> COLUMNS = List.of("report.column.testCase", "report.column.title", "report.column.judgement",
            "report.column.note", "report.column.evaluator", "report.column.date");
    static final int TEST_CASE = 0;
    static final int JUDGEMENT = 2;
    static final int NOTE = 3;
    static final int EVALUATOR = 4;
    static final int DATE = 5;
}
