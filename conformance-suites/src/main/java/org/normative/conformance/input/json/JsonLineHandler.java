package org.normative.conformance.input.json;

import java.io.IOException;
import org.normative.conformance.check.ArtifactException;

/** Takes the lines of a JSON Lines file one at a time, while the file is streamed. */
@FunctionalInterface
public interface JsonLineHandler {

    void accept(JsonLine line) throws ArtifactException, IOException;
}
