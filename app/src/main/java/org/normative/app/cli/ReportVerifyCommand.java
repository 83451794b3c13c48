package org.normative.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.normative.conformance.report.signing.ReportVerifier;
import org.normative.conformance.report.signing.ReportVerifier.Check;
import org.normative.conformance.run.RunRecord;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "verify", description = "Check an issued report: signature, ledger, suite and artifact hashes. Exit 1 if anything does not match.")
final class ReportVerifyCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE")
    Path report;

    ReportVerifyCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        var conformance = session.conformance();
        List<Check> checks = new ReportVerifier(conformance.ledger(), (runId, asOf) -> {
            try {
                return conformance.assessedRun(runId, asOf);
            } catch (StandardsException e) {
                return Optional.<RunRecord>empty();
            }
        }).verify(report);
        for (Check check : checks) {
            session.out().printf("%s %-13s %s%n", check.held() ? "ok  " : "FAIL", check.name(), check.detail().in(session.language()));
        }
        boolean held = checks.stream().allMatch(Check::held);
        session.out().println(session.text(held ? "report.verified" : "report.notVerified", report.getFileName()));
        return held ? Cli.OK : Cli.FAILED;
    }
}
