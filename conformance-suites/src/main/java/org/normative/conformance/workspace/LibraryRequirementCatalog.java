package org.normative.conformance.workspace;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.Requirement;

/** The requirements of an edition as the workspace's library has them: their ids, and their clauses for reports. */
final class LibraryRequirementCatalog implements RequirementCatalog, RequirementDirectory {

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

    @Override
    public Optional<RequirementDirectory.Entry> find(String standardCode, String edition, String requirementId) {
        try {
            var content = editions.content(new EditionRef(standardCode, edition));
            return content.requirement(requirementId).map(requirement -> {
                var clause = content.clause(requirement.clauseKey());
                return new RequirementDirectory.Entry(clause.map(c -> c.number()).orElse(""),
                        clause.map(c -> c.heading()).orElse(""), requirement.statement(),
                        requirement.obligation() == null ? "" : requirement.obligation().toString());
            });
        } catch (StandardsException e) {
            return Optional.empty();
        }
    }
}
