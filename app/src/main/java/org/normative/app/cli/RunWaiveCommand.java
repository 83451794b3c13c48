package org.normative.app.cli;

import java.time.LocalDate;

import org.normative.conformance.run.Assessment;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "waive", description = "Accept a failing test case until a date, with the justification.")
final class RunWaiveCommand extends AssessCommand {

    @Parameters(index = "1", paramLabel = "TEST-CASE")
    String testCase;

    @Option(names = "--justification", required = true)
    String justification;

    @Option(names = "--expires", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate expires;

    RunWaiveCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() throws StandardsException {
        return record(testCase, Assessment.Kind.WAIVER, null, justification, expires, null);
    }
}
