package org.normative.conformance.submission;

import java.time.Instant;
import java.util.List;

/** A vendor's submission: whose system, which version, for which suite, and its artifacts (stored by SHA-256). */
public record Submission(long id, String organisation, String system, String version, String suiteRef, Instant createdAt,
                         List<Artifact> artifacts) {

    public Submission {
        artifacts = List.copyOf(artifacts);
    }
}
