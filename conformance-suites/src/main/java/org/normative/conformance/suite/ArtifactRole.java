package org.normative.conformance.suite;

import java.util.List;
import org.normative.standards.LocalizedText;

/**
 * A role an artifact plays in a suite ("invoice", "api"), with the media types it may have (detected from the
 * content), whether a submission must have one, and whether it may have several.
 */
public record ArtifactRole(String role, List<String> mediaTypes, boolean required, boolean multiple, LocalizedText title) {

    public ArtifactRole {
        mediaTypes = List.copyOf(mediaTypes);
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }
}
