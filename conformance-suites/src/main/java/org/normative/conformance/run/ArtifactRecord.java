package org.normative.conformance.run;

import org.normative.conformance.submission.Artifact;

/** An input of a run as its record keeps it: enough to prove later which bytes were tested. */
public record ArtifactRecord(String role, String name, String mediaType, long size, String sha256) {

    public static ArtifactRecord of(Artifact artifact) {
        return new ArtifactRecord(artifact.role(), artifact.name(), artifact.mediaType(), artifact.size(), artifact.sha256());
    }
}
