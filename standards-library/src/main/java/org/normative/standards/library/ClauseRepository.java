package org.normative.standards.library;

import java.util.List;

/** The clause trees of editions. */
public interface ClauseRepository {

    /** The top-level clauses of an edition, each with its subclauses, numbered by position. */
    List<Clause> findByEdition(long editionId);

    /** Adds a clause as the last child of {@code parentId} (null: top level) and returns its id. */
    long add(long editionId, Long parentId, String key, String heading, String body);
}
