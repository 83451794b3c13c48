package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.check.CheckReport;
import org.normative.standards.check.EditorialChecker;
import org.normative.standards.check.InMemoryReferenceResolver;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "The editorial checks a secretary runs before a ballot; exit 1 when one finds an error.")
final class StandardCheckCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "CODE@EDITION")
    String edition;

    @Option(names = "--json", description = "Print {edition, findings: [{rule, severity, message, location}], counts}.")
    boolean json;

    StandardCheckCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        EditionService editions = session.editions();
        EditionRef ref = EditionRef.parse(edition);
        EditionService.Located located = editions.locate(ref);
        EditorialChecker checker = new EditorialChecker(InMemoryReferenceResolver.ofStandards(session.library().standards()));
        CheckReport report = checker.check(located.standard().code(), located.edition(), editions.content(ref));
        if (json) {
            session.out().println(session.json(report.toJson(session.language())));
        } else {
            session.out().print(report.toText(session.language()));
        }
        return report.hasErrors() ? Cli.FAILED : Cli.OK;
    }
}
