package org.normative.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.normative.conformance.run.Runner;
import org.normative.conformance.run.SuiteSelfTest;
import org.normative.conformance.run.SuiteSelfTest.ExampleOutcome;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "test", description = "Run a suite against its own examples: each \"pass\" example must pass, each \"fail\" example fail.")
final class SuiteTestCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "SUITE", description = "A suite folder, a suite .zip, or the id of a suite in the workspace.")
    String suite;

    SuiteTestCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        try (SuiteArgument argument = SuiteArgument.resolve(session, suite)) {
            List<ExampleOutcome> outcomes = new SuiteSelfTest(new Runner(session.conformance().limits())).run(argument.suite());
            long failed = outcomes.stream().filter(o -> !o.held()).count();
            for (ExampleOutcome outcome : outcomes) {
                String expectation = outcome.expectPass() ? "pass" : "fail";
                session.out().printf("%s %-48s %-34s expect %-4s got %s%s%n", outcome.held() ? "ok  " : "FAIL", outcome.testCase(),
                        outcome.file(), expectation, outcome.verdict(),
                        outcome.held() ? "" : "  " + outcome.problem().in(session.language()));
            }
            session.out().println(session.text("suite.test.summary", argument.suite().suite().id(), outcomes.size(), failed));
            return failed == 0 ? Cli.OK : Cli.FAILED;
        }
    }
}
