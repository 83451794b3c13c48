package org.normative.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.SuitePackage;
import org.normative.standards.StandardsException;

/**
 * The SUITE of the command line: a suite folder, a suite .zip, or the id of a suite in the workspace
 * ({@code group:id:version}, {@code group:id} or {@code id}). Holds an unpacked zip until closed.
 */
final class SuiteArgument implements AutoCloseable {

    private final SuitePackage temporary;
    private final LoadedSuite suite;

    private SuiteArgument(SuitePackage temporary, LoadedSuite suite) {
        this.temporary = temporary;
        this.suite = suite;
    }

    static SuiteArgument resolve(CliSession session, String argument) throws StandardsException {
        Path path = Path.of(argument);
        if (Files.exists(path)) {
            SuitePackage suitePackage = SuitePackage.open(path, session.conformance().limits());
            try {
                return new SuiteArgument(suitePackage, session.conformance().loader().load(suitePackage));
            } catch (StandardsException | RuntimeException e) {
                suitePackage.close();
                throw e;
            }
        }
        InstalledSuite installed = session.conformance().findSuite(argument)
                .orElseThrow(() -> new ConformanceException("suite.notFound", argument));
        return new SuiteArgument(null, session.conformance().load(installed));
    }

    LoadedSuite suite() {
        return suite;
    }

    @Override
    public void close() {
        if (temporary != null) {
            temporary.close();
        }
    }
}
