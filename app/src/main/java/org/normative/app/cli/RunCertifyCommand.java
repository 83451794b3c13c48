package org.normative.app.cli;

import org.normative.conformance.run.Assessment;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "certify", description = "Record the certification statement of a conformant run (after judgements and waivers).")
final class RunCertifyCommand extends AssessCommand {

    @Option(names = "--statement", required = true)
    String statement;

    RunCertifyCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() throws StandardsException {
        return record("", Assessment.Kind.CERTIFICATION, null, statement, null, null);
    }
}
