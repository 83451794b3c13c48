package org.normative.conformance.report;

import java.util.Optional;

/** Where a requirement stands in its standard: what reports print beside a requirement id. */
@FunctionalInterface
public interface RequirementDirectory {

    /** The clause and statement of a requirement, when the library has the edition. */
    record Entry(String clauseNumber, String clauseHeading, String statement, String obligation) {
    }

    RequirementDirectory NONE = (code, edition, id) -> Optional.empty();

    Optional<Entry> find(String standardCode, String edition, String requirementId);
}
