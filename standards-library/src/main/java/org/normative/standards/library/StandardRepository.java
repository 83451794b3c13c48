package org.normative.standards.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.normative.standards.StandardsException;

/** Standards and their editions. */
public interface StandardRepository {

    /** Every standard with its editions, ordered by code. */
    List<Standard> findAll();

    Optional<Standard> findByCode(String code);

    int count();

    /**
     * Adds a whole standard with its editions and their content in one transaction, and its committee and
     * framework node where the workspace does not have them yet. A standard whose code exists is refused.
     */
    void add(StandardDocument document) throws StandardsException;

    /** Adds an edition (with its content) to an existing standard and returns its id. */
    long addEdition(String standardCode, Edition edition, EditionContent content) throws StandardsException;

    /** Moves an edition to another stage; dates and baseline are set where given (null leaves them as they are). */
    void updateStage(long editionId, Stage stage, LocalDate publishedOn, LocalDate withdrawnOn, String baselineHash);

    /** Places a standard on a framework node (null: takes it off the framework). */
    void updateFramework(String standardCode, String frameworkCode);

    /** The baseline frozen when the edition entered a ballot, if any. */
    Optional<String> baseline(long editionId);
}
