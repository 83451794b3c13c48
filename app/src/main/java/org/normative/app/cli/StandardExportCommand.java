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
import org.normative.standards.publishing.PublishedEdition;
import org.normative.standards.publishing.docx.DocxEditionWriter;
import org.normative.standards.publishing.pdf.PdfEditionWriter;
import org.normative.standards.xml.StandardXmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {"Write a standard (all editions, or CODE@EDITION for one) to a file.",
        "docx and pdf write one edition laid out as a standard, in the language of --lang (default: the language "
                + "most of the edition is written in)."})
final class StandardExportCommand implements Callable<Integer> {

    enum Format { xml, docx, pdf }

    /** Writes what was prepared to a stream; the file is only moved into place once it is complete. */
    private interface Writing {
        void to(OutputStream out) throws StandardsException, IOException;
    }

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
        EditionRef ref = EditionRef.parse(standard);
        if (format != Format.xml && ref.label() == null) {
            // a document shows one edition: the current one unless named
            ref = new EditionRef(ref.code(), session.editions().locate(ref).edition().label());
        }
        StandardDocument document = session.editions().document(ref);
        Path target = out.toAbsolutePath();
        Writing writing = switch (format) {
            case xml -> stream -> new StandardXmlWriter().write(document, stream);
            case docx -> stream -> new DocxEditionWriter().write(published(document), stream);
            case pdf -> stream -> new PdfEditionWriter().write(published(document), stream);
        };
        write(target, writing);
        if (format == Format.xml) {
            session.out().println(session.text("export.done", document.standard().code(), document.editions().size(), target));
        } else {
            session.out().println(session.text("export.document.done", ref.code() + "@" + ref.label(), format, target));
        }
        return Cli.OK;
    }

    private PublishedEdition published(StandardDocument document) {
        return PublishedEdition.of(document, session.requestedLanguage());
    }

    private static void write(Path target, Writing writing) throws StandardsException {
        try {
            Files.createDirectories(target.getParent());
            // written beside the target and moved into place: a failed export never leaves half a file
            Path temp = Files.createTempFile(target.getParent(), ".normative-export", ".part");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                writing.to(stream);
            } catch (StandardsException | IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StandardsException(e, "file.write", target, e.getMessage());
        }
    }
}
