package org.normative.conformance.run;

import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.Suite;
import org.normative.standards.LocalizedText;

/** The suite of a run as its record keeps it: identity, title, status and the package's SHA-256. */
public record SuiteRecord(String id, String group, String suiteId, String version, LocalizedText title, String status,
                          String sha256, String standardCode, String edition) {

    public static SuiteRecord of(LoadedSuite loaded) {
        Suite suite = loaded.suite();
        return new SuiteRecord(suite.id().toString(), suite.id().group(), suite.id().id(), suite.id().version(), suite.title(),
                suite.status().name().toLowerCase(java.util.Locale.ROOT), loaded.sha256(), suite.standardCode(), suite.edition());
    }
}
