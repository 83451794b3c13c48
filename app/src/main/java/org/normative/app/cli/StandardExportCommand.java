package org.normative.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.export.EditionExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {"Write a standard (all editions, or CODE@EDITION for one) to a file.",
        "docx and pdf write one edition laid out as a standard, in the language of --lang (default: the language "
                + "most of the edition is written in)."})
final class StandardExportCommand implements Callable<Integer> {

    enum Format { xml, docx, pdf }

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
        Path target = out.toAbsolutePath();
        EditionExport export = new EditionExport(session.editions());
        EditionRef exported = export.export(ref, EditionExport.Format.valueOf(format.name().toUpperCase(Locale.ROOT)),
                session.requestedLanguage(), target);
        if (format == Format.xml) {
            session.out().println(session.text("export.done", exported.code(), export.editionCount(exported), target));
        } else {
            session.out().println(session.text("export.document.done", exported.code() + "@" + exported.label(), format, target));
        }
        return Cli.OK;
    }
}
