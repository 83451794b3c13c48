package org.normative.conformance.suite;

import java.util.Optional;
import java.util.Set;
import org.normative.standards.StandardsException;

/** The requirement ids of a standard edition, where the library has the edition. */
@FunctionalInterface
public interface RequirementCatalog {

    /** No library at hand: requirement ids are not checked (the command line's {@code run} on a bare suite). */
    RequirementCatalog NONE = (code, edition) -> Optional.empty();

    /** The ids of the edition's requirements, or empty when the library does not have the edition. */
    Optional<Set<String>> requirementIds(String standardCode, String edition) throws StandardsException;
}
