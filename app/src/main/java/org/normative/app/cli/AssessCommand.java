package org.normative.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.Assessment;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the evaluator's commands share: the run, the evaluator's name, recording and saying what was recorded. */
abstract class AssessCommand implements Callable<Integer> {

    protected final CliSession session;

    @Parameters(index = "0", paramLabel = "RUN-ID")
    String runId;

    @Option(names = "--evaluator", required = true, description = "Who decides: recorded with the decision and in the audit trail.")
    String evaluator;

    AssessCommand(CliSession session) {
        this.session = session;
    }

    protected int record(String testCase, Assessment.Kind kind, Verdict verdict, String note, LocalDate expires, Path attachment)
            throws StandardsException {
        Assessment recorded = session.conformance().assess(new Assessment(0, runId, testCase, kind, verdict, note, evaluator,
                Instant.now(), expires, null, null), attachment);
        var assessed = session.conformance().assessedRun(runId).orElseThrow();
        session.out().println(session.text("assess.recorded", recorded.kind(), testCase.isEmpty() ? runId : testCase,
                assessed.verdict()));
        return Cli.OK;
    }
}
