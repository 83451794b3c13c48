package org.normative.standards.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;

/** Small builders for link graphs in the link tests. */
final class LinkFixtures {

    private LinkFixtures() {
    }

    /** A standard with editions given as label, stage, label, stage, ... oldest first. */
    static Standard standard(String code, String committee, Object... labelsAndStages) {
        List<Edition> editions = new ArrayList<>();
        for (int i = 0; i < labelsAndStages.length; i += 2) {
            editions.add(new Edition(editions.size() + 1, (String) labelsAndStages[i], (Stage) labelsAndStages[i + 1],
                    null, null, null, null));
        }
        return new Standard(code, LocalizedText.of(code, null), committee, null, editions);
    }

    /** A derived link (as from an edition's normative references): no review state, never suspect. */
    static Link link(LinkType type, String source, String target) {
        return new Link(0, type, Endpoint.parse(source), Endpoint.parse(target), null, null, null, true);
    }

    static Link normative(String source, String target) {
        return link(LinkType.NORMATIVE_REFERENCE, source, target);
    }

    /** A stored link with the fingerprint it was reviewed against (null: never reviewed). */
    static Link stored(long id, LinkType type, String source, String target, String note, String reviewed) {
        return new Link(id, type, Endpoint.parse(source), Endpoint.parse(target), null, note, reviewed, false);
    }

    static LinkGraphData data(List<Standard> standards, List<Link> links) {
        return new LinkGraphData(standards, links, Map.of());
    }

    static LinkGraphData data(List<Standard> standards, List<Link> links, Map<String, String> fingerprints) {
        return new LinkGraphData(standards, links, fingerprints);
    }

    static Endpoint at(String text) {
        return Endpoint.parse(text);
    }
}
