package org.normative.conformance.run;

import java.util.List;
import java.util.Optional;

/** The run index of a workspace; the records themselves are blobs. Rows are added, never changed. */
public interface RunRepository {

    void add(RunSummary run);

    List<RunSummary> findAll();

    Optional<RunSummary> find(String runId);
}
