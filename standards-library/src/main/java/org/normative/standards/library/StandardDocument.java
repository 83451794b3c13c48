package org.normative.standards.library;

import java.util.List;

/**
 * A standard as one self-contained document, as the XML format carries it: the owning committee and framework
 * node (so that it can be imported into an empty workspace), the standard, and each edition with its content.
 * {@code frameworkNode} may be null.
 */
public record StandardDocument(Committee committee, FrameworkNode frameworkNode, Standard standard,
                               List<EditionDocument> editions) {

    public StandardDocument {
        editions = List.copyOf(editions);
    }

    /** One edition and what it says; {@code baselineHash} is the frozen baseline, or null if none was frozen. */
    public record EditionDocument(Edition edition, EditionContent content, String baselineHash) {
    }
}
