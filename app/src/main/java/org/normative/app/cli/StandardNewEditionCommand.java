package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "new-edition", description = "Start a new working draft from an edition; requirement ids carry over.")
final class StandardNewEditionCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "CODE@EDITION", description = "The edition to start from, usually the published one.")
    String source;

    @Parameters(index = "1", paramLabel = "LABEL", description = "The label of the new edition, for example 2027.")
    String label;

    StandardNewEditionCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        EditionRef from = EditionRef.parse(source);
        Edition created = session.editions().newEditionFrom(from, label);
        session.out().println(session.text("edition.created", from.code() + "@" + created.label(),
                created.stage().label(session.language()), from));
        return Cli.OK;
    }
}
