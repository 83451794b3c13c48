package org.normative.conformance.suite;

import java.nio.file.Path;
import java.time.Instant;
import org.normative.standards.LocalizedText;

/** A suite imported into the workspace: its identity and where its package lies (a folder named by its SHA-256). */
public record InstalledSuite(SuiteId id, LocalizedText title, SuiteStatus status, String standardCode, String edition,
                             String sha256, Path folder, Instant importedAt) {
}
