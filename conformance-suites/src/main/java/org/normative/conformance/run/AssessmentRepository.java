package org.normative.conformance.run;

import java.util.List;

/** The assessments of runs; added, never changed. */
public interface AssessmentRepository {

    long add(Assessment assessment);

    List<Assessment> forRun(String runId);
}
