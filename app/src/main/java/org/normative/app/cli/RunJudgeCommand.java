package org.normative.app.cli;

import java.nio.file.Path;

import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.Assessment;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "judge", description = "Record the evaluator's verdict on a manual test case (PASS, FAIL or NOT_APPLICABLE).")
final class RunJudgeCommand extends AssessCommand {

    @Parameters(index = "1", paramLabel = "TEST-CASE")
    String testCase;

    @Option(names = "--verdict", required = true)
    Verdict verdict;

    @Option(names = "--note", required = true, description = "What was done and seen.")
    String note;

    @Option(names = "--attach", paramLabel = "FILE", description = "Evidence kept with the judgement (stored by its SHA-256).")
    Path attachment;

    RunJudgeCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() throws StandardsException {
        return record(testCase, Assessment.Kind.JUDGEMENT, verdict, note, null, attachment);
    }
}
