package org.normative.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.xml.StandardXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Add a standard from a Normative standard XML file (docs/schemas/standard-1.xsd).")
final class StandardImportCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    StandardImportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        // the file is read and validated completely before the workspace is touched: a bad file changes nothing
        StandardDocument document = new StandardXmlReader().read(file);
        session.editions().importDocument(document);
        session.out().println(session.text("import.done", document.standard().code(), document.editions().size(),
                file.toAbsolutePath()));
        return Cli.OK;
    }
}
