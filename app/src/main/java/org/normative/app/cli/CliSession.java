package org.normative.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.normative.app.DesktopLauncher;
import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;
import org.normative.standards.workspace.WorkspaceLocation;

/**
 * What the commands of one invocation share: the global options, the output streams and the workspace, which is
 * opened on first use (so {@code --help} and {@code --version} never touch it) and closed when the command ends.
 */
final class CliSession implements AutoCloseable {

    private final DesktopLauncher desktop;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path workspaceDirectory;
    private Locale language;
    private Workspace workspace;
    private SqlLibrary library;
    private org.normative.conformance.workspace.ConformanceWorkspace conformance;

    CliSession(DesktopLauncher desktop, PrintWriter out, PrintWriter err) {
        this.desktop = desktop;
        this.out = out;
        this.err = err;
    }

    DesktopLauncher desktop() {
        return desktop;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    void setWorkspaceDirectory(Path directory) {
        this.workspaceDirectory = directory;
    }

    Path workspaceDirectory() {
        return workspaceDirectory != null ? workspaceDirectory : WorkspaceLocation.defaultWorkspace();
    }

    void setLanguage(Locale language) {
        this.language = language;
    }

    /** The language given with --lang, or null when none was given. */
    Locale requestedLanguage() {
        return language;
    }

    Locale language() {
        return language != null ? language : Locale.ENGLISH;
    }

    Workspace workspace() throws StandardsException {
        if (workspace == null) {
            workspace = Workspace.open(workspaceDirectory());
        }
        return workspace;
    }

    SqlLibrary sqlLibrary() throws StandardsException {
        if (library == null) {
            library = new SqlLibrary(workspace());
        }
        return library;
    }

    LibraryService library() throws StandardsException {
        return sqlLibrary().service();
    }

    org.normative.conformance.workspace.ConformanceWorkspace conformance() throws StandardsException {
        if (conformance == null) {
            conformance = new org.normative.conformance.workspace.ConformanceWorkspace(workspace(),
                    org.normative.conformance.check.Limits.DEFAULT);
        }
        return conformance;
    }

    EditionService editions() throws StandardsException {
        return new EditionService(sqlLibrary());
    }

    /** JSON as the command line prints it: indented, UTF-8, dates as ISO strings. */
    String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.normative.app.cli.messages", language(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language()).format(args);
    }

    /** Releases the workspace before the desktop app opens it in the same process. */
    void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
            library = null;
            conformance = null;
        }
    }

    @Override
    public void close() {
        closeWorkspace();
        out.flush();
        err.flush();
    }
}
