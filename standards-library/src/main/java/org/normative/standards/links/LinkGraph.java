package org.normative.standards.links;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Standard;

/**
 * The links of a workspace as a directed graph of standards by code (JGraphT): a link from any endpoint of standard
 * A to any endpoint of B is an edge A &rarr; B that keeps the link. Parallel edges (several links between the same two
 * standards) and loops (links between endpoints of one standard, for example between two of its requirements) are
 * kept, so the graph is a pseudograph. Vertices are the codes of the library's standards and every code a link names;
 * those not in the library are <em>external</em> ({@code ISO/IEC 27001}).
 *
 * <p>Links are added in a canonical order (source, target, type, id), so that everything computed from the graph is
 * the same whatever order the workspace gave them in. The graph is immutable once built.
 */
public final class LinkGraph {

    /** One edge of the graph: one link. Edges are compared by identity, so equal links stay distinct edges. */
    public static final class Edge {

        private final Link link;

        Edge(Link link) {
            this.link = link;
        }

        public Link link() {
            return link;
        }

        @Override
        public String toString() {
            return link.source() + " -> " + link.target() + " (" + link.type() + ")";
        }
    }

    /** A link with its sort keys, computed once. */
    private record Keyed(String source, String target, Link link) {

        static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::source).thenComparing(Keyed::target)
                .thenComparing(k -> k.link().type()).thenComparingLong(k -> k.link().id());
    }

    private final LinkGraphData data;
    private final Map<String, Standard> standards;
    private final Set<String> internalPrefixes;
    private final List<Link> links;
    private final Graph<String, Edge> graph;

    private LinkGraph(LinkGraphData data) {
        this.data = data;
        this.standards = new HashMap<>();
        this.internalPrefixes = new HashSet<>();
        for (Standard standard : data.standards()) {
            standards.putIfAbsent(standard.code(), standard);
            internalPrefixes.add(prefix(standard.code()));
        }
        this.links = data.links().stream()
                .map(l -> new Keyed(l.source().toString(), l.target().toString(), l))
                .sorted(Keyed.ORDER)
                .map(Keyed::link)
                .toList();

        Set<String> codes = new TreeSet<>(standards.keySet());
        for (Link link : links) {
            codes.add(link.source().code());
            codes.add(link.target().code());
        }
        DirectedPseudograph<String, Edge> built = new DirectedPseudograph<>(null, null, false);
        codes.forEach(built::addVertex);
        for (Link link : links) {
            built.addEdge(link.source().code(), link.target().code(), new Edge(link));
        }
        this.graph = new AsUnmodifiableGraph<>(built);
    }

    public static LinkGraph of(LinkGraphData data) {
        return new LinkGraph(Objects.requireNonNull(data, "data"));
    }

    public LinkGraphData data() {
        return data;
    }

    /** The graph itself, read-only: vertices are codes, edges carry links. */
    public Graph<String, Edge> graph() {
        return graph;
    }

    /** Every link, in canonical order (source, target, type, id). */
    public List<Link> links() {
        return links;
    }

    /** Every code: the library's standards and every code a link names, sorted. */
    public Set<String> codes() {
        return graph.vertexSet();
    }

    public Optional<Standard> standard(String code) {
        return Optional.ofNullable(standards.get(code));
    }

    /** Whether the library holds a standard with this code. */
    public boolean inLibrary(String code) {
        return standards.containsKey(code);
    }

    /**
     * Whether the code looks like one of the library's own: the part before its first space ({@code DG/T} in
     * {@code DG/T 0102}; the whole code when it has none) is that of some standard in the library. Such a code that
     * the library does not hold is a dangling reference; any other code ({@code ISO/IEC 27001}) is external.
     */
    public boolean looksInternal(String code) {
        return internalPrefixes.contains(prefix(code));
    }

    /** The committee that owns the standard, null for a code outside the library. */
    public String committee(String code) {
        Standard standard = standards.get(code);
        return standard == null ? null : standard.committeeCode();
    }

    /** The edition an endpoint names, if the endpoint is dated and the library has that edition. */
    public Optional<Edition> edition(Endpoint endpoint) {
        if (endpoint.edition() == null) {
            return Optional.empty();
        }
        return standard(endpoint.code()).flatMap(s -> s.edition(endpoint.edition()));
    }

    /**
     * Whether a published edition of the standard came after the given one (editions are ordered oldest first), so
     * that an undated reference no longer means it. False for an edition or standard the library does not know
     * (a new edition being prepared is the newest).
     */
    public boolean isSupersededForUndated(String code, String editionLabel) {
        Standard standard = standards.get(code);
        if (standard == null) {
            return false;
        }
        List<Edition> editions = standard.editions();
        for (int i = 0; i < editions.size(); i++) {
            if (editions.get(i).label().equals(editionLabel)) {
                for (int j = i + 1; j < editions.size(); j++) {
                    if (editions.get(j).stage().isPublished()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an endpoint lies in withdrawn text: a dated endpoint whose edition is at 95.99, or an undated endpoint
     * of a standard that has editions, all of them withdrawn. Links from there are history, not current obligations.
     */
    public boolean isWithdrawn(Endpoint endpoint) {
        Standard standard = standards.get(endpoint.code());
        if (standard == null) {
            return false;
        }
        if (endpoint.edition() != null) {
            return standard.edition(endpoint.edition()).map(e -> e.stage().isWithdrawn()).orElse(false);
        }
        return !standard.editions().isEmpty() && standard.editions().stream().allMatch(e -> e.stage().isWithdrawn());
    }

    static String prefix(String code) {
        String stripped = code.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }
}
