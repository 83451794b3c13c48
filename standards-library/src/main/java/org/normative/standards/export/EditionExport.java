package org.normative.standards.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.publishing.PublishedEdition;
import org.normative.standards.publishing.docx.DocxEditionWriter;
import org.normative.standards.publishing.pdf.PdfEditionWriter;
import org.normative.standards.xml.StandardXmlWriter;

/**
 * Writes a standard to a file, for the command line and the desktop app alike: the standard XML format (every
 * edition, or the one named), or one edition laid out as a standard in DOCX or PDF. The file is written beside
 * the target and moved into place when complete, so a failed export never leaves half a file.
 */
public final class EditionExport {

    public enum Format {
        XML, DOCX, PDF
    }

    private final EditionService editions;

    public EditionExport(EditionService editions) {
        this.editions = editions;
    }

    /**
     * Exports and returns what was written: the reference with the edition filled in for a document (the current
     * edition when none was named), as given for XML.
     *
     * @param language the document's language, or null for the language most of the edition is written in
     */
    public EditionRef export(EditionRef ref, Format format, Locale language, Path target) throws StandardsException {
        EditionRef exported = format != Format.XML && ref.label() == null
                ? new EditionRef(ref.code(), editions.locate(ref).edition().label()) : ref;
        StandardDocument document = editions.document(exported);
        write(target.toAbsolutePath(), stream -> {
            switch (format) {
                case XML -> new StandardXmlWriter().write(document, stream);
                case DOCX -> new DocxEditionWriter().write(PublishedEdition.of(document, language), stream);
                case PDF -> new PdfEditionWriter().write(PublishedEdition.of(document, language), stream);
            }
        });
        return exported;
    }

    /** How many editions an XML export of the reference holds. */
    public int editionCount(EditionRef ref) throws StandardsException {
        return editions.document(ref).editions().size();
    }

    /** Writes what was prepared to a stream. */
    private interface Writing {
        void to(OutputStream out) throws StandardsException, IOException;
    }

    private static void write(Path target, Writing writing) throws StandardsException {
        try {
            Files.createDirectories(target.getParent());
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
