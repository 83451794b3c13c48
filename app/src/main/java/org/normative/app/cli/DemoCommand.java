package org.normative.app.cli;

import java.util.concurrent.Callable;

import org.normative.conformance.demo.DemoConformance;
import org.normative.standards.StandardsException;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Fill the workspace with the bundled demo library.")
final class DemoCommand implements Callable<Integer> {

    private final CliSession session;

    @Option(names = "--reset", description = "Delete everything in the workspace first, then install the demo.")
    boolean reset;

    DemoCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        Workspace workspace = session.workspace();
        if (reset) {
            workspace.reset();
        } else if (!session.library().isEmpty()) {
            int count = session.library().standards().size();
            session.out().println(session.text("demo.notEmpty", workspace.directory(), count));
            return Cli.OK;
        }
        int installed = new DemoLibrary(session.sqlLibrary()).install();
        session.out().println(session.text("demo.installed", installed, workspace.directory()));
        int[] conformance = new DemoConformance().install(session.conformance(), workspace.directory());
        session.out().println(session.text("demo.suites", conformance[0], conformance[1],
                workspace.directory().resolve(DemoConformance.ARTIFACTS_FOLDER)));
        return Cli.OK;
    }
}
