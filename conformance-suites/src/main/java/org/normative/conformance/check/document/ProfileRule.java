package org.normative.conformance.check.document;

import java.io.IOException;
import java.util.Set;
import org.normative.conformance.result.Severity;

/**
 * One requirement of a document profile. Immutable and shared by all runs; {@link #start} gives the state for
 * one artifact.
 */
interface ProfileRule {

    /**
     * What every rule has.
     *
     * @param id the rule id findings carry
     * @param formats the formats it applies to; on others it is not evaluated (the profile author said so)
     */
    record Basics(String id, Severity severity, Set<DocumentFormat> formats) {
    }

    Basics basics();

    /** A fresh run of the rule over one artifact. */
    Run start(RuleReporter reporter);

    /** The rule listening to one document; {@link #finish} reports what only the whole document can tell. */
    interface Run extends DocumentEvents {
        default void finish() throws IOException {
        }
    }
}
