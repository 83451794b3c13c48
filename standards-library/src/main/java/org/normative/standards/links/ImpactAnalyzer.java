package org.normative.standards.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.normative.standards.library.Standard;

/**
 * Everything a change affects, transitively through dependency links ({@link LinkType#isDependency()}: normative
 * references, amendments, adoptions, depends-on), with the path that explains each affected standard.
 *
 * <h2>Which links a change reaches</h2>
 * A change of an endpoint {@code C} reaches a dependency link whose target {@code T} names the same standard when:
 * <ul>
 *   <li>{@code C} is a whole standard (no edition): always, whatever {@code T} names;</li>
 *   <li>{@code T} is undated (the standard, meaning its latest edition): when the edition of {@code C} is the one an
 *       undated reference means, that is no published edition comes after it. An edition the library does not know
 *       yet (the new one a revision creates) counts as the newest;</li>
 *   <li>{@code T} is dated: only when it names the same edition as {@code C}. A dated reference to another edition
 *       keeps pointing at unchanged text. So a revision that creates DG/T 0101@2026 reaches undated links to DG/T 0101
 *       and links to 2026, not links to 2023; links to DG/T 0101@2023 are reached by a change of 2023 (for example
 *       its withdrawal) or of DG/T 0101 as a whole;</li>
 *   <li>{@code C} is a requirement of an edition: as for its edition, except that a link to another requirement of
 *       that edition is not reached. A link to the requirement, to its edition or (as above) to the undated standard
 *       is.</li>
 * </ul>
 * The {@link ChangeKind} does not change this; it is reported so people know what to do.
 *
 * <h2>How it travels</h2>
 * A reached link makes its source standard affected, and carries the change on as a revision of the link's source
 * endpoint: of that edition or requirement, or for an undated source, of the standard's current edition
 * ({@link Standard#currentEdition()}; the whole standard when it has none). The search is breadth-first by number of
 * links between standards (links inside one standard, such as one requirement depending on another, cost nothing),
 * so every affected standard is reported once, at its shortest distance, with one shortest path; among equally short
 * paths it takes the one through the smallest codes, level by level. The changed standard itself is never reported,
 * even when a cycle leads back to it (the link check reports cycles). Standards outside the library can be affected
 * (they have no committee) and can be the changed one.
 *
 * <h2>Committees to notify</h2>
 * The distinct committees of the affected standards, sorted. The committee that owns the changed standard is
 * listed only when one of its other standards is affected, never merely for owning the change.
 *
 * <p>Time is linear in the number of links per distinct changed endpoint reached, which stays near-linear because
 * endpoints are few per standard.
 */
public final class ImpactAnalyzer {

    private ImpactAnalyzer() {
    }

    public static ImpactReport analyze(LinkGraphData data, Endpoint changed, ChangeKind kind) {
        return analyze(LinkGraph.of(data), changed, kind);
    }

    public static ImpactReport analyze(LinkGraph graph, Endpoint changed, ChangeKind kind) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(kind, "kind");

        Comparator<Step> order = Comparator.comparing((Step s) -> s.state().code()).thenComparing(Step::key);
        Map<String, Step> firstByCode = new LinkedHashMap<>();
        Set<Endpoint> visited = new HashSet<>();
        visited.add(changed);
        List<Step> level = new ArrayList<>(List.of(new Step(changed, null, null, 0)));
        int distance = 0;
        while (!level.isEmpty()) {
            // Links inside one standard cost nothing: the level grows while it is read. Links to other standards wait
            // until the whole level is known.
            List<Step> across = new ArrayList<>();
            List<Link> acrossLinks = new ArrayList<>();
            for (int i = 0; i < level.size(); i++) {
                Step step = level.get(i);
                for (Link link : reached(graph, step.state())) {
                    if (link.source().code().equals(step.state().code())) {
                        Endpoint next = carried(graph, link.source());
                        if (visited.add(next)) {
                            level.add(new Step(next, step, link, distance));
                        }
                    } else {
                        across.add(step);
                        acrossLinks.add(link);
                    }
                }
            }
            List<Step> nextLevel = new ArrayList<>();
            for (int i = 0; i < across.size(); i++) {
                Link link = acrossLinks.get(i);
                Endpoint next = carried(graph, link.source());
                if (visited.add(next)) {
                    Step reached = new Step(next, across.get(i), link, distance + 1);
                    nextLevel.add(reached);
                    if (!next.code().equals(changed.code())) {
                        firstByCode.putIfAbsent(next.code(), reached);
                    }
                }
            }
            nextLevel.sort(order);
            level = nextLevel;
            distance++;
        }

        List<ImpactReport.Affected> affected = new ArrayList<>();
        Set<String> committees = new TreeSet<>();
        for (Step step : firstByCode.values()) {
            String code = step.state().code();
            String committee = graph.committee(code);
            if (committee != null) {
                committees.add(committee);
            }
            affected.add(new ImpactReport.Affected(code, committee, step.distance(), path(step), step.link().type(),
                    step.link().source(), step.link().target(), step.link().target().isDated()));
        }
        affected.sort(Comparator.comparingInt(ImpactReport.Affected::distance)
                .thenComparing(ImpactReport.Affected::standardCode));
        return new ImpactReport(changed, kind, affected, List.copyOf(committees));
    }

    /**
     * Whether a change of {@code changed} reaches a link to {@code target} (the rules in the class comment; the
     * target names the same standard).
     */
    static boolean reaches(LinkGraph graph, Endpoint changed, Endpoint target) {
        if (!target.code().equals(changed.code())) {
            return false;
        }
        if (changed.edition() == null) {
            return true;
        }
        if (target.edition() == null) {
            return !graph.isSupersededForUndated(changed.code(), changed.edition());
        }
        if (!target.edition().equals(changed.edition())) {
            return false;
        }
        return changed.requirement() == null || target.requirement() == null
                || target.requirement().equals(changed.requirement());
    }

    /** What changes in the source of a reached link: that endpoint, an undated source meaning its current edition. */
    static Endpoint carried(LinkGraph graph, Endpoint source) {
        if (source.edition() != null) {
            return source;
        }
        return graph.standard(source.code()).flatMap(Standard::currentEdition)
                .map(e -> Endpoint.edition(source.code(), e.label()))
                .orElse(source);
    }

    private static List<Link> reached(LinkGraph graph, Endpoint state) {
        List<Link> links = new ArrayList<>();
        for (LinkGraph.Edge edge : graph.graph().incomingEdgesOf(state.code())) {
            Link link = edge.link();
            if (link.type().isDependency() && reaches(graph, state, link.target())) {
                links.add(link);
            }
        }
        return links;
    }

    /** The codes from the affected standard back to the changed one, each standard once in a row. */
    private static List<String> path(Step step) {
        List<String> codes = new ArrayList<>();
        for (Step s = step; s != null; s = s.parent()) {
            String code = s.state().code();
            if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /** A changed endpoint reached by the search: from which step, through which link, how far from the start. */
    private record Step(Endpoint state, Step parent, Link link, int distance, String key) {

        Step(Endpoint state, Step parent, Link link, int distance) {
            this(state, parent, link, distance, state.toString());
        }
    }
}
