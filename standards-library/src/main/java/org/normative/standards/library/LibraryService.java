package org.normative.standards.library;

import java.util.List;
import java.util.Optional;

import org.normative.standards.StandardsException;

/**
 * Read access to the standards library that the app and the command line share. Every storage failure comes out
 * as a {@link StandardsException} with a message for people.
 */
public final class LibraryService {

    private final CommitteeRepository committees;
    private final FrameworkRepository framework;
    private final StandardRepository standards;
    private final ClauseRepository clauses;

    public LibraryService(CommitteeRepository committees, FrameworkRepository framework,
                          StandardRepository standards, ClauseRepository clauses) {
        this.committees = committees;
        this.framework = framework;
        this.standards = standards;
        this.clauses = clauses;
    }

    public List<Committee> committees() throws StandardsException {
        return StandardsException.fromStorage(committees::findAll);
    }

    public List<FrameworkNode> framework() throws StandardsException {
        return StandardsException.fromStorage(framework::findAll);
    }

    public List<Standard> standards() throws StandardsException {
        return StandardsException.fromStorage(standards::findAll);
    }

    public Optional<Standard> standard(String code) throws StandardsException {
        return StandardsException.fromStorage(() -> standards.findByCode(code));
    }

    public Standard requireStandard(String code) throws StandardsException {
        return standard(code).orElseThrow(() -> new StandardsException("standard.unknown", code));
    }

    public List<Clause> clauses(Edition edition) throws StandardsException {
        return StandardsException.fromStorage(() -> clauses.findByEdition(edition.id()));
    }

    public boolean isEmpty() throws StandardsException {
        return StandardsException.fromStorage(standards::count) == 0;
    }
}
