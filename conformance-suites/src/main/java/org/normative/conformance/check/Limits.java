package org.normative.conformance.check;

import java.time.Duration;

/**
 * Bounds on untrusted input (DESIGN.md, "Untrusted input"). Whatever trips one gives an {@code ERROR} verdict for
 * that artifact, with a message that names the bound.
 *
 * @param maxNestingDepth deepest nesting of elements (XML) or of objects and arrays (JSON, YAML)
 * @param maxTreeBytes largest artifact a check that needs the whole tree in memory accepts (Schematron, JSON
 *        Schema); streaming checks have no size bound
 * @param maxYamlAliases most aliases a YAML document may use (alias bombs)
 * @param maxZipEntries most entries in a zip (suite packages, OOXML documents)
 * @param maxZipBytes most bytes a zip may inflate to
 * @param maxZipRatio highest inflate ratio of any entry (zip bombs)
 * @param checkTimeout time a check may take on one artifact
 */
public record Limits(int maxNestingDepth, long maxTreeBytes, int maxYamlAliases, int maxZipEntries, long maxZipBytes,
                     int maxZipRatio, Duration checkTimeout) {

    public static final Limits DEFAULT = new Limits(1_000, 256L << 20, 100, 10_000, 1L << 30, 100, Duration.ofMinutes(10));

    public Limits withCheckTimeout(Duration timeout) {
        return new Limits(maxNestingDepth, maxTreeBytes, maxYamlAliases, maxZipEntries, maxZipBytes, maxZipRatio, timeout);
    }
}
