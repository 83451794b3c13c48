package org.normative.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.publishing.ImportedEdition;
import org.normative.standards.publishing.docx.DocxEditionReader;
import org.normative.standards.xml.StandardXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Add a standard from a Normative standard XML file (docs/schemas/standard-1.xsd),",
        "or an edition from a Word document (.docx): headings become clauses, sentences with shall / should / may / can",
        "(应 / 宜 / 可 / 能) requirements. A DOCX goes in as a working draft; a draft edition of the same label is replaced."})
final class StandardImportCommand implements Callable<Integer> {

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--as", paramLabel = "CODE@EDITION",
            description = "DOCX: the standard and edition it holds (default: what a DOCX written by Normative says).")
    String as;

    @Option(names = "--committee", paramLabel = "CODE",
            description = "DOCX of a standard new to the workspace: the committee that owns it.")
    String committee;

    StandardImportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        // the file is read and validated completely before the workspace is touched: a bad file changes nothing
        if (isWordDocument(file)) {
            return importDocx();
        }
        StandardDocument document = new StandardXmlReader().read(file);
        session.editions().importDocument(document);
        session.out().println(session.text("import.done", document.standard().code(), document.editions().size(),
                file.toAbsolutePath()));
        return Cli.OK;
    }

    private int importDocx() throws StandardsException {
        ImportedEdition imported = new DocxEditionReader().read(file);
        if (as != null) {
            EditionRef ref = EditionRef.parse(as);
            if (ref.label() == null) {
                throw new StandardsException("edition.badReference", as);
            }
            imported = imported.as(ref.code(), ref.label());
        } else if (imported.code() == null || imported.label() == null) {
            throw new StandardsException("document.import.noDesignation", file.getFileName());
        }
        EditionService.Located located = session.editions().importEdition(imported, committee);
        session.out().println(session.text("import.docx.done", located.name(), located.edition().stage().label(
                session.language()), imported.content().allClauses().size(), imported.content().requirements().size(),
                imported.content().terms().size(), imported.content().references().size()));
        return Cli.OK;
    }

    /** A .docx by its name, or any zip (Word documents are zips; standard XML files never are). */
    private static boolean isWordDocument(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false; // the XML reader reports the unreadable file
        }
    }
}
