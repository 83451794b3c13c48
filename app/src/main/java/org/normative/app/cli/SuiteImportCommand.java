package org.normative.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normative.conformance.suite.InstalledSuite;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Install a suite package (a folder or a .zip) in the workspace.")
final class SuiteImportCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "DIR|ZIP")
    Path location;

    SuiteImportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        InstalledSuite suite = session.conformance().importSuite(location);
        session.out().println(session.text("suite.imported", suite.id(), suite.title().in(session.language()),
                suite.standardCode() + "@" + suite.edition()));
        if (session.conformance().catalog().requirementIds(suite.standardCode(), suite.edition()).isEmpty()) {
            session.out().println(session.text("suite.editionUnknown", suite.standardCode() + "@" + suite.edition()));
        }
        return Cli.OK;
    }
}
