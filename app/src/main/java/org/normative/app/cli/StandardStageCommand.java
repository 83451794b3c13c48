package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stage", description = "Move an edition to another ISO stage (e.g. 40.20); forbidden moves are refused.")
final class StandardStageCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "CODE@EDITION")
    String edition;

    @Parameters(index = "1", paramLabel = "STAGE", description = "The stage code, for example 40.20 or 60.60.")
    String stage;

    StandardStageCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        Stage target = Stage.ofCode(stage).orElseThrow(() -> new StandardsException("stage.unknown", stage));
        EditionRef ref = EditionRef.parse(edition);
        Edition moved = session.editions().moveToStage(ref, target);
        String baseline = session.editions().baseline(ref);
        session.out().println(session.text("stage.moved", ref, moved.stage().label(session.language())));
        if (baseline != null && org.normative.standards.lifecycle.StageTransitions.isBallot(moved.stage())) {
            session.out().println(session.text("stage.baseline", baseline));
        }
        return Cli.OK;
    }
}
