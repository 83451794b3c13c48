package org.normative.standards.library;

import org.normative.standards.StandardsException;

/**
 * The content of editions: clauses, terms, references and requirements. Every write refuses an edition that is
 * no longer a draft (published editions are immutable: a change makes a new edition), and edits carry the version
 * the writer read, so that a concurrent change is a conflict, never a lost update.
 */
public interface EditionContentRepository {

    EditionContent load(long editionId);

    /** Replaces the whole content of a draft edition. */
    void replace(long editionId, EditionContent content) throws StandardsException;

    /**
     * Replaces the whole content of a draft edition if what is stored still has {@code expectedFingerprint} (the
     * {@link ContentFingerprint} of what the writer loaded); otherwise writes nothing and returns what is stored.
     */
    java.util.Optional<EditionContent> replaceIfUnchanged(long editionId, String expectedFingerprint, EditionContent content)
            throws StandardsException;

    /** The version of a clause, to pass back with {@link #updateClause}. */
    long clauseVersion(long editionId, String clauseKey) throws StandardsException;

    /** Changes a clause's heading and body if nobody changed it since {@code expectedVersion}; returns the new version. */
    long updateClause(long editionId, String clauseKey, long expectedVersion, String heading, String body)
            throws StandardsException;

    long requirementVersion(long editionId, String requirementId) throws StandardsException;

    /**
     * Changes a requirement if nobody changed it since {@code expectedVersion}. Its revision goes up by one when the
     * statement changes. Returns the requirement as stored.
     */
    Requirement updateRequirement(long editionId, String requirementId, long expectedVersion, String statement,
                                  Obligation obligation, String requirementClass) throws StandardsException;
}
