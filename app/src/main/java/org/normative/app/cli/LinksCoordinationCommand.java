package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.links.CoordinationList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "coordination", description = "Suspect cross-committee links of a committee, both ways, until reviewed.")
final class LinksCoordinationCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "COMMITTEE", description = "A committee code, for example TC-DATA.")
    String committee;

    @Option(names = "--json", description = "Print {committee, toReview: [...], awaitingOthers: [...]}.")
    boolean json;

    LinksCoordinationCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        boolean known = session.library().committees().stream().anyMatch(c -> c.code().equals(committee));
        if (!known) {
            throw new StandardsException("committee.unknown", committee);
        }
        CoordinationList list = CoordinationList.of(LinksCommand.service(session).snapshot(), committee);
        if (json) {
            session.out().println(session.json(list));
        } else {
            session.out().print(list.toText(session.language()));
        }
        return Cli.OK;
    }
}
