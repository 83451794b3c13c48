package org.normative.standards.search;

import java.util.List;

import org.normative.standards.StandardsException;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/**
 * Search over the library of a workspace. The index lives in the workspace ({@code index/}) and is rebuilt from
 * the database whenever the audit trail shows a change since it was built, so results never lag behind edits.
 */
public final class LibrarySearch implements AutoCloseable {

    private final SqlLibrary library;
    private final SearchIndex index;

    public LibrarySearch(Workspace workspace, SqlLibrary library) throws StandardsException {
        this.library = library;
        this.index = new SearchIndex(workspace.directory().resolve("index"));
    }

    public synchronized List<SearchHit> search(String query, int limit) throws StandardsException {
        refreshIfStale();
        return index.search(query, limit);
    }

    /** Rebuilds the index if the library changed since it was built; returns whether it did. */
    public synchronized boolean refreshIfStale() throws StandardsException {
        long seq;
        try {
            seq = library.audit().lastSeq();
        } catch (RuntimeException e) {
            throw new StandardsException(e, "workspace.database", e.getMessage());
        }
        if (index.builtAt() == seq) {
            return false;
        }
        index.rebuild(library.service().standards(), edition -> library.contents().load(edition.id()), seq);
        return true;
    }

    @Override
    public void close() {
        index.close();
    }
}
