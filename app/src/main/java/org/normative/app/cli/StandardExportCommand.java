package org.normative.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.xml.StandardXmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write a standard (all editions, or CODE@EDITION for one) to a file.")
final class StandardExportCommand implements Callable<Integer> {

    enum Format { xml }

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "CODE[@EDITION]")
    String standard;

    @Option(names = "--format", required = true, description = "The file format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    StandardExportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        StandardDocument document = session.editions().document(EditionRef.parse(standard));
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // written beside the target and moved into place: a failed export never leaves half a file
            Path temp = Files.createTempFile(target.getParent(), ".normative-export", ".part");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                new StandardXmlWriter().write(document, stream);
            } catch (StandardsException | IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StandardsException(e, "file.write", target, e.getMessage());
        }
        session.out().println(session.text("export.done", document.standard().code(), document.editions().size(), target));
        return Cli.OK;
    }
}
