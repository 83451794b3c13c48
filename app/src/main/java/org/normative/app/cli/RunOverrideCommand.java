package org.normative.app.cli;

import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.Assessment;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "override", description = "Replace the verdict of a test case, with the justification.")
final class RunOverrideCommand extends AssessCommand {

    @Parameters(index = "1", paramLabel = "TEST-CASE")
    String testCase;

    @Option(names = "--verdict", required = true)
    Verdict verdict;

    @Option(names = "--justification", required = true)
    String justification;

    RunOverrideCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() throws StandardsException {
        return record(testCase, Assessment.Kind.OVERRIDE, verdict, justification, null, null);
    }
}
