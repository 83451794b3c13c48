package org.normative.app.gui.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.normative.app.gui.links.layout.GraphLayout;
import org.normative.app.gui.links.layout.LayeredLayout;
import org.normative.app.gui.links.layout.LayoutEdge;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Standard;
import org.normative.standards.links.Link;
import org.normative.standards.links.LinkCheckReport;
import org.normative.standards.links.LinkGraph;
import org.normative.standards.links.LinkGraphData;
import org.normative.standards.links.LinkProblem;
import org.normative.standards.links.LinkType;

/**
 * The link graph as read from the workspace (standards, links, what the link check says about them, committees),
 * from which a picture is laid out for whatever the filters show. Plain data: laying out runs off the FX thread.
 */
final class GraphContent {

    /** The committee key of documents outside the library ({@code ISO/IEC 27001}). */
    static final String OUTSIDE = "";
    static final int COLOURS = 8;
    static final double NODE_WIDTH = 156;
    static final double NODE_HEIGHT = 50;

    static final GraphContent EMPTY = new GraphContent(new LinkGraphData(List.of(), List.of(), Map.of()),
            new LinkCheckReport(List.of()), List.of());

    /** The links of one type between two standards, drawn as one edge. */
    private record Connection(String from, String to, LinkType type, List<Link> links) {
    }

    private final LinkGraph graph;
    private final List<Committee> committees;
    private final Map<Link, List<LinkProblem>> problems = new HashMap<>();
    private final List<Connection> connections = new ArrayList<>();

    GraphContent(LinkGraphData data, LinkCheckReport check, List<Committee> committees) {
        this.graph = LinkGraph.of(data);
        this.committees = committees.stream().sorted(Comparator.comparing(Committee::code)).toList();
        for (LinkProblem problem : check.problems()) {
            if (problem.link() != null) {
                problems.computeIfAbsent(problem.link(), k -> new ArrayList<>()).add(problem);
            }
        }
        Map<String, Connection> byKey = new LinkedHashMap<>();
        for (Link link : graph.links()) {
            String from = link.source().code();
            String to = link.target().code();
            if (!from.equals(to)) { // links inside one standard have nothing to draw between standards
                byKey.computeIfAbsent(from + "\u0000" + to + "\u0000" + link.type(),
                        k -> new Connection(from, to, link.type(), new ArrayList<>())).links().add(link);
            }
        }
        connections.addAll(byKey.values());
    }

    List<Committee> committees() {
        return committees;
    }

    /** Whether the workspace has documents outside the library that links name. */
    boolean hasOutside() {
        return graph.codes().stream().anyMatch(code -> !graph.inLibrary(code));
    }

    String committeeKey(String code) {
        String committee = graph.committee(code);
        return committee == null ? OUTSIDE : committee;
    }

    /** {@code committee-colour-3}, the same for a committee wherever it is drawn; outside documents are grey. */
    String colourClass(String committeeKey) {
        for (int i = 0; i < committees.size(); i++) {
            if (committees.get(i).code().equals(committeeKey)) {
                return "committee-colour-" + (i % COLOURS);
            }
        }
        return "committee-outside";
    }

    boolean isSuspect(Link link) {
        return problems.getOrDefault(link, List.of()).stream().anyMatch(p -> p.kind() == LinkProblem.Kind.SUSPECT);
    }

    /** Lays out the standards of the shown committees and the links of the shown types between them. */
    GraphPicture picture(Set<String> shownCommittees, Set<LinkType> shownTypes, Locale locale,
                         Function<LinkType, String> typeName) {
        List<String> codes = graph.codes().stream()
                .filter(code -> shownCommittees.contains(committeeKey(code)))
                .sorted(Comparator.comparing((String code) -> committeeKey(code).isEmpty())
                        .thenComparing(this::committeeKey).thenComparing(Function.identity()))
                .toList();
        Set<String> visible = Set.copyOf(codes);
        List<Connection> shown = connections.stream()
                .filter(c -> shownTypes.contains(c.type()) && visible.contains(c.from()) && visible.contains(c.to()))
                .toList();
        List<LayoutEdge> edges = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Connection c = shown.get(i);
            edges.add(new LayoutEdge(Integer.toString(i), c.from(), c.to(), c.type().isDependency()));
        }
        GraphLayout layout = new LayeredLayout(NODE_HEIGHT, 28, 80, 20).layout(codes, edges, code -> NODE_WIDTH);

        List<GraphNode> nodes = new ArrayList<>();
        for (String code : codes) {
            GraphLayout.Placement p = layout.nodes().get(code);
            String title = graph.standard(code).map(s -> s.title().in(locale)).orElse("");
            nodes.add(new GraphNode(code, title, tooltip(code, title, locale), colourClass(committeeKey(code)),
                    p.x(), p.y(), p.width(), p.height()));
        }
        List<GraphEdge> drawn = new ArrayList<>();
        for (GraphLayout.Route route : layout.routes()) {
            Connection c = shown.get(Integer.parseInt(route.edge().id()));
            boolean suspect = c.links().stream().anyMatch(this::isSuspect);
            drawn.add(new GraphEdge(c.from(), c.to(), c.type(), suspect, describe(c, locale, typeName), route.points()));
        }
        return new GraphPicture(nodes, drawn, layout.width(), layout.height());
    }

    private String tooltip(String code, String title, Locale locale) {
        String committee = graph.committee(code);
        if (committee == null) {
            return code;
        }
        String name = committees.stream().filter(c -> c.code().equals(committee)).findFirst()
                .map(c -> committee + "  " + c.name().in(locale)).orElse(committee);
        String stage = graph.standard(code).flatMap(Standard::currentEdition)
                .map(e -> e.label() + " · " + e.stage().label(locale)).orElse("");
        return code + "  " + title + "\n" + name + (stage.isEmpty() ? "" : "\n" + stage);
    }

    /** One line per link, then what the link check says about it (suspect, withdrawn target, ...). */
    private String describe(Connection connection, Locale locale, Function<LinkType, String> typeName) {
        StringBuilder text = new StringBuilder();
        for (Link link : connection.links()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(link.source()).append(" -> ").append(link.target()).append("  (").append(typeName.apply(link.type()))
                    .append(')');
            if (link.note() != null && !link.note().isBlank()) {
                text.append("\n    ").append(link.note());
            }
            for (LinkProblem problem : problems.getOrDefault(link, List.of())) {
                text.append("\n    ! ").append(problem.message(locale));
            }
        }
        return text.toString();
    }
}
