package org.normative.standards.links;

import java.util.List;
import java.util.Map;

/**
 * What the link algorithms look at, read once from the workspace: every standard with its editions (and so its
 * committee and stages), every link (stored and derived), and the current fingerprint of each endpoint that links
 * point at, keyed by {@link Endpoint#toString()} (absent for endpoints outside the library).
 */
public record LinkGraphData(List<org.normative.standards.library.Standard> standards, List<Link> links,
                            Map<String, String> currentFingerprints) {

    public LinkGraphData {
        standards = List.copyOf(standards);
        links = List.copyOf(links);
        currentFingerprints = Map.copyOf(currentFingerprints);
    }
}
