package org.normative.standards.links;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.normative.standards.library.Edition;
import org.normative.standards.library.Standard;

/**
 * The link check of a whole workspace. Every link is looked at; the rules, by kind:
 * <dl>
 *   <dt>{@code dangling} (ERROR)</dt>
 *   <dd>The target looks like one of the library's codes ({@link LinkGraph#looksInternal}: same prefix before the
 *       first space, such as {@code DG/T}) but the library has no such standard; or the standard exists but not the
 *       edition the target names; or, when requirement ids are given for that edition, not the requirement.
 *       External codes ({@code ISO/IEC 27001}) are never dangling. A dangling link is not checked further.</dd>
 *   <dt>{@code withdrawn-target} (ERROR for dependency links, WARNING for the others)</dt>
 *   <dd>A dated target whose edition is withdrawn (95.99), or an undated target whose standard has editions, all of
 *       them withdrawn.</dd>
 *   <dt>{@code superseded-target} (WARNING)</dt>
 *   <dd>A dated target whose edition is not withdrawn but a later edition of the same standard is published: the
 *       reference may want to move on.</dd>
 *   <dt>{@code cycle} (ERROR)</dt>
 *   <dd>Standards that depend on each other in a ring through dependency links ({@link LinkType#isDependency()}),
 *       each elementary cycle once. Links within one standard and links from withdrawn text do not count. At most
 *       {@value #CYCLES_LISTED} cycles are listed; one more cycle problem, with an empty cycle, says how many more were
 *       found ("at least", when the search stopped after {@value #CYCLES_COUNTED}).</dd>
 *   <dt>{@code conflict-unresolved} (WARNING)</dt>
 *   <dd>Every {@code CONFLICTS_WITH} link whose note does not start, after blanks and ignoring case, with
 *       {@code resolved:} (or {@code 已解决：} / {@code 已解决:}). The note after the marker says how.</dd>
 *   <dt>{@code suspect} (WARNING)</dt>
 *   <dd>A stored link (not derived) whose target has changed since it was reviewed: its {@code reviewedFingerprint}
 *       differs from the target's current fingerprint ({@link LinkGraphData#currentFingerprints()}, keyed by
 *       {@link Endpoint#toString()}), or is null (never reviewed). Where the workspace knows no current fingerprint,
 *       the link is suspect only when never reviewed and its target is in the library: a reviewed link cannot be
 *       compared, and an external target without fingerprint cannot change as far as the workspace knows.</dd>
 * </dl>
 * The withdrawn- and superseded-target rules skip {@code SUPERSEDES} links (what is superseded is expected to be
 * withdrawn) and links whose source is itself withdrawn text (history, not a current reference).
 *
 * <p>Problems come grouped by kind in the order above; within a kind, in link order (source, target, type, id), and
 * cycles by their smallest code. Apart from cycle enumeration, which is capped, time is linear in links and editions.
 */
public final class LinkChecker {

    /** The most cycles listed one by one. */
    public static final int CYCLES_LISTED = 50;
    /** Where cycle enumeration stops counting. */
    public static final int CYCLES_COUNTED = 1000;

    private LinkChecker() {
    }

    public static LinkCheckReport check(LinkGraphData data) {
        return check(LinkGraph.of(data), Map.of());
    }

    /**
     * @param requirementIds the requirement ids of editions, keyed {@code CODE@EDITION} (as
     *                       {@code Endpoint.edition(code, label).toString()}); an edition absent from the map has its
     *                       requirement targets taken on trust
     */
    public static LinkCheckReport check(LinkGraphData data, Map<String, ? extends Set<String>> requirementIds) {
        return check(LinkGraph.of(data), requirementIds);
    }

    public static LinkCheckReport check(LinkGraph graph, Map<String, ? extends Set<String>> requirementIds) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(requirementIds, "requirementIds");
        Map<LinkProblem.Kind, List<LinkProblem>> found = new EnumMap<>(LinkProblem.Kind.class);
        for (LinkProblem.Kind kind : LinkProblem.Kind.values()) {
            found.put(kind, new ArrayList<>());
        }
        Map<String, String> fingerprints = graph.data().currentFingerprints();
        for (Link link : graph.links()) {
            Endpoint target = link.target();
            LinkProblem dangling = dangling(graph, link, requirementIds);
            if (dangling != null) {
                found.get(LinkProblem.Kind.DANGLING).add(dangling);
            } else {
                targetState(graph, link).ifPresent(p -> found.get(p.kind()).add(p));
                suspect(graph, link, fingerprints.get(target.toString()))
                        .ifPresent(p -> found.get(p.kind()).add(p));
            }
            if (link.type() == LinkType.CONFLICTS_WITH && !isResolved(link.note())) {
                found.get(LinkProblem.Kind.CONFLICT_UNRESOLVED).add(problem(LinkProblem.Kind.CONFLICT_UNRESOLVED,
                        LinkProblem.Level.WARNING, link, "conflict", target.toString()));
            }
        }
        found.get(LinkProblem.Kind.CYCLE).addAll(cycles(graph));

        List<LinkProblem> problems = new ArrayList<>();
        found.values().forEach(problems::addAll);
        return new LinkCheckReport(problems);
    }

    /** Whether a conflicts-with note records the resolution: it starts with "resolved:" or "已解决：". */
    public static boolean isResolved(String note) {
        if (note == null) {
            return false;
        }
        String start = note.stripLeading();
        return start.regionMatches(true, 0, "resolved:", 0, "resolved:".length())
                || start.startsWith("已解决：") || start.startsWith("已解决:");
    }

    private static LinkProblem dangling(LinkGraph graph, Link link, Map<String, ? extends Set<String>> requirementIds) {
        Endpoint target = link.target();
        if (!graph.inLibrary(target.code())) {
            return graph.looksInternal(target.code())
                    ? problem(LinkProblem.Kind.DANGLING, LinkProblem.Level.ERROR, link, "dangling.standard",
                            target.code(), LinkGraph.prefix(target.code()))
                    : null;
        }
        if (target.edition() == null) {
            return null;
        }
        if (graph.edition(target).isEmpty()) {
            return problem(LinkProblem.Kind.DANGLING, LinkProblem.Level.ERROR, link, "dangling.edition",
                    target.code(), target.edition());
        }
        if (target.requirement() != null) {
            String editionKey = Endpoint.edition(target.code(), target.edition()).toString();
            Set<String> ids = requirementIds.get(editionKey);
            if (ids != null && !ids.contains(target.requirement())) {
                return problem(LinkProblem.Kind.DANGLING, LinkProblem.Level.ERROR, link, "dangling.requirement",
                        editionKey, target.requirement());
            }
        }
        return null;
    }

    /** Withdrawn or superseded target, for a target the library holds. */
    private static Optional<LinkProblem> targetState(LinkGraph graph, Link link) {
        Endpoint target = link.target();
        if (link.type() == LinkType.SUPERSEDES || !graph.inLibrary(target.code()) || graph.isWithdrawn(link.source())) {
            return Optional.empty();
        }
        LinkProblem.Level withdrawnLevel = link.type().isDependency() ? LinkProblem.Level.ERROR : LinkProblem.Level.WARNING;
        if (target.edition() == null) {
            return graph.isWithdrawn(target)
                    ? Optional.of(problem(LinkProblem.Kind.WITHDRAWN_TARGET, withdrawnLevel, link,
                            "withdrawn.undated", target.code()))
                    : Optional.empty();
        }
        Standard standard = graph.standard(target.code()).orElseThrow();
        Edition edition = standard.edition(target.edition()).orElseThrow();
        if (edition.stage().isWithdrawn()) {
            return Optional.of(problem(LinkProblem.Kind.WITHDRAWN_TARGET, withdrawnLevel, link,
                    "withdrawn.dated", target.code(), target.edition()));
        }
        List<Edition> editions = standard.editions();
        Edition newer = null;
        for (int i = editions.indexOf(edition) + 1; i < editions.size(); i++) {
            if (editions.get(i).stage().isPublished()) {
                newer = editions.get(i);
            }
        }
        return newer == null
                ? Optional.empty()
                : Optional.of(problem(LinkProblem.Kind.SUPERSEDED_TARGET, LinkProblem.Level.WARNING, link,
                        "superseded", target.code(), target.edition(), newer.label()));
    }

    private static Optional<LinkProblem> suspect(LinkGraph graph, Link link, String current) {
        if (link.derived()) {
            return Optional.empty();
        }
        String reviewed = link.reviewedFingerprint();
        String target = link.target().toString();
        if (current == null) {
            return reviewed == null && graph.inLibrary(link.target().code())
                    ? Optional.of(problem(LinkProblem.Kind.SUSPECT, LinkProblem.Level.WARNING, link,
                            "suspect.never", target))
                    : Optional.empty();
        }
        if (reviewed == null) {
            return Optional.of(problem(LinkProblem.Kind.SUSPECT, LinkProblem.Level.WARNING, link,
                    "suspect.never", target));
        }
        return reviewed.equals(current)
                ? Optional.empty()
                : Optional.of(problem(LinkProblem.Kind.SUSPECT, LinkProblem.Level.WARNING, link,
                        "suspect.changed", target));
    }

    /** Elementary cycles among standards through dependency links, capped. */
    private static List<LinkProblem> cycles(LinkGraph graph) {
        List<String> codes = new ArrayList<>(graph.codes());
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i), i);
        }
        List<Set<Integer>> successors = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            successors.add(new LinkedHashSet<>());
        }
        for (Link link : graph.links()) {
            String from = link.source().code();
            String to = link.target().code();
            if (link.type().isDependency() && !from.equals(to) && !graph.isWithdrawn(link.source())) {
                successors.get(indexOf.get(from)).add(indexOf.get(to));
            }
        }
        int[][] adjacency = new int[codes.size()][];
        for (int i = 0; i < codes.size(); i++) {
            adjacency[i] = successors.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        CycleFinder.Result result = new CycleFinder(adjacency).find(CYCLES_LISTED, CYCLES_COUNTED);

        List<LinkProblem> problems = new ArrayList<>();
        for (int[] cycle : result.listed()) {
            List<String> names = new ArrayList<>(cycle.length);
            for (int v : cycle) {
                names.add(codes.get(v));
            }
            String text = String.join(" -> ", names) + " -> " + names.get(0);
            problems.add(new LinkProblem(LinkProblem.Kind.CYCLE, LinkProblem.Level.ERROR, null, names,
                    LinkMessages.text("cycle", text)));
        }
        if (result.more() > 0) {
            problems.add(new LinkProblem(LinkProblem.Kind.CYCLE, LinkProblem.Level.ERROR, null, List.of(),
                    LinkMessages.text(result.stopped() ? "cycle.more.atLeast" : "cycle.more", result.more())));
        }
        return problems;
    }

    private static LinkProblem problem(LinkProblem.Kind kind, LinkProblem.Level level, Link link, String key,
                                       Object... arguments) {
        return new LinkProblem(kind, level, link, List.of(), LinkMessages.text(key, arguments));
    }
}
