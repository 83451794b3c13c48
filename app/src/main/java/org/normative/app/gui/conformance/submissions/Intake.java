package org.normative.app.gui.conformance.submissions;

import java.nio.file.Path;

/**
 * A dropped file on its way into a submission: its detected media type and the role that type suggests in the
 * submission's suite (null when the suite has several roles for it, or none: then people choose).
 */
public record Intake(Path file, String name, String mediaType, String suggestedRole) {
}
