package org.normative.conformance.suite;

import java.util.List;

/** The suites of a workspace. */
public interface SuiteRepository {

    List<InstalledSuite> findAll();

    void add(InstalledSuite suite);

    /** Removes the suite with this identity (an older import of the same group:id:version), if there is one. */
    void remove(SuiteId id);
}
