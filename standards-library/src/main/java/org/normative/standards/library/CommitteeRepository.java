package org.normative.standards.library;

import java.util.List;

/** Committees of the workspace. Storage failures surface as unchecked exceptions that the service wraps. */
public interface CommitteeRepository {

    List<Committee> findAll();

    void add(Committee committee);

    /** Adds the members and liaisons of committees that exist already (liaisons need both ends in place). */
    void addMembersAndLiaisons(List<Committee> committees);
}
