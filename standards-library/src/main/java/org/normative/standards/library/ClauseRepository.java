package org.normative.standards.library;

import java.util.List;

/** The clause trees of editions (written with the rest of an edition's content, see {@link EditionContentRepository}). */
public interface ClauseRepository {

    /** The top-level clauses of an edition, each with its subclauses, numbered by position. */
    List<Clause> findByEdition(long editionId);
}
