package org.normative.standards.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.normative.standards.StandardsException;
import org.normative.standards.audit.AuditEntry;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/**
 * Search over the library of a workspace. The index lives in the workspace ({@code index/}) and is rebuilt from
 * the database when the audit trail shows changes since it was built, so results never lag behind edits: only
 * the standards named by those changes are re-indexed, the whole index only after a library-wide change.
 */
public final class LibrarySearch implements AutoCloseable {

    /** The audit subject of changes that touch the whole library (the demo install). */
    private static final String LIBRARY_WIDE = "library";
    private static final int INCREMENTAL_LIMIT = 500;

    private final SqlLibrary library;
    private final java.nio.file.Path folder;
    private SearchIndex index;

    /** Touches no file: the index is opened on first use, off the caller's thread if the caller wants. */
    public LibrarySearch(Workspace workspace, SqlLibrary library) {
        this.library = library;
        this.folder = workspace.directory().resolve("index");
    }

    private SearchIndex index() throws StandardsException {
        if (index == null) {
            index = new SearchIndex(folder);
        }
        return index;
    }

    public synchronized List<SearchHit> search(String query, int limit) throws StandardsException {
        refreshIfStale();
        return index().search(query, limit);
    }

    /** Rebuilds the index if the library changed since it was built; returns whether it did. */
    public synchronized boolean refreshIfStale() throws StandardsException {
        long seq;
        try {
            seq = library.audit().lastSeq();
        } catch (RuntimeException e) {
            throw new StandardsException(e, "workspace.database", e.getMessage());
        }
        SearchIndex index = index();
        long built = index.builtAt();
        if (built == seq) {
            return false;
        }
        Set<String> changed = built < 0 || built > seq ? null : changedStandards(built, seq);
        if (changed == null) {
            index.rebuild(library.service().standards(), edition -> library.contents().load(edition.id()), seq);
        } else {
            List<Standard> current = new ArrayList<>();
            for (String code : changed) {
                library.service().standard(code).ifPresent(current::add);
            }
            index.replaceStandards(changed, current, edition -> library.contents().load(edition.id()), seq);
        }
        return true;
    }

    /**
     * The standards touched by the audit entries after {@code built}, from their subjects ({@code CODE} or
     * {@code CODE@EDITION}); null when a change was library-wide (or too many), which calls for a full rebuild.
     */
    private Set<String> changedStandards(long built, long seq) {
        if (seq - built > INCREMENTAL_LIMIT) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (AuditEntry entry : library.audit().entriesAfter(built, INCREMENTAL_LIMIT)) {
            if (LIBRARY_WIDE.equals(entry.subject())) {
                return null;
            }
            int at = entry.subject().lastIndexOf('@');
            codes.add(at < 0 ? entry.subject() : entry.subject().substring(0, at));
        }
        return codes;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
        }
    }
}
