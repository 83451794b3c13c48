package org.normative.conformance.check;

import java.io.IOException;
import org.normative.conformance.submission.Artifact;

/** A check ready to run; thread-safe, since test cases run in parallel. */
@FunctionalInterface
public interface PreparedCheck {

    /**
     * Checks one artifact, reporting what it finds to the context. Reads the artifact through
     * {@link CheckContext#open}, never from its path directly, so that the time limit and cancel reach the read.
     *
     * @throws ArtifactException when the artifact cannot be checked at all (not well-formed, a tripped limit,
     *         forbidden content): the test case's verdict for it is {@code ERROR} with that message
     */
    void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException;
}
