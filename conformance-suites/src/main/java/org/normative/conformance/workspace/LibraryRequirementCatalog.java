package org.normative.conformance.workspace;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.normative.conformance.suite.RequirementCatalog;
import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.Requirement;

/** The requirement ids of an edition as the workspace's library has them. */
final class LibraryRequirementCatalog implements RequirementCatalog {

    private final EditionService editions;

    LibraryRequirementCatalog(EditionService editions) {
        this.editions = editions;
    }

    @Override
    public Optional<Set<String>> requirementIds(String standardCode, String edition) throws StandardsException {
        try {
            return Optional.of(editions.content(new EditionRef(standardCode, edition)).requirements().stream()
                    .map(Requirement::id).collect(Collectors.toSet()));
        } catch (StandardsException e) {
            if (e.messageKey().startsWith("standard.unknown") || e.messageKey().startsWith("edition.unknown")) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
