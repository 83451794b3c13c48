package org.normative.conformance.submission;

import java.util.List;
import java.util.Optional;

/** The submissions of a workspace; artifacts' {@code file} points into the blob store. */
public interface SubmissionRepository {

    long create(String organisation, String system, String version, String suiteRef);

    void addArtifact(long submissionId, Artifact artifact);

    List<Submission> findAll();

    Optional<Submission> find(long id);
}
