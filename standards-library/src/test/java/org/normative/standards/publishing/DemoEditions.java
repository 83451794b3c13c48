package org.normative.standards.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.normative.standards.StandardsException;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/**
 * Editions of the demo library for the document tests, read once from a workspace with the demo installed. With
 * {@code -Dnormative.documents.keep=DIR} the tests also leave their documents there, to be looked at.
 */
public final class DemoEditions implements AutoCloseable {

    private final Workspace workspace;
    private final EditionService editions;
    private final Map<String, StandardDocument> documents = new HashMap<>();

    public DemoEditions(Path directory) throws StandardsException {
        workspace = Workspace.open(directory);
        SqlLibrary library = new SqlLibrary(workspace);
        new DemoLibrary(library).install();
        editions = new EditionService(library);
    }

    public StandardDocument document(String codeAtEdition) throws StandardsException {
        StandardDocument document = documents.get(codeAtEdition);
        if (document == null) {
            document = editions.document(EditionRef.parse(codeAtEdition));
            documents.put(codeAtEdition, document);
        }
        return document;
    }

    public PublishedEdition edition(String codeAtEdition, Locale language) throws StandardsException {
        return PublishedEdition.of(document(codeAtEdition), language);
    }

    public EditionService service() {
        return editions;
    }

    /** Copies a document the test wrote to the folder named by {@code normative.documents.keep}, if any. */
    public static void keep(Path file) throws IOException {
        String folder = System.getProperty("normative.documents.keep");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.copy(file, Path.of(folder).resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        workspace.close();
    }
}
