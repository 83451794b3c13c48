package org.normative.app.gui.links.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The layered layout on small graphs, without a window. */
class LayeredLayoutTest {

    private static final double HEIGHT = 40;
    private static final double GAP = 20;
    private final LayeredLayout layout = new LayeredLayout(HEIGHT, GAP, 60, 10);

    @Test
    void whatOthersDependOnSitsInALayerAboveThem() {
        List<LayoutEdge> edges = List.of(dependency("app", "api"), dependency("api", "naming"),
                dependency("naming", "terms"), dependency("app", "terms"), dependency("security", "terms"));

        GraphLayout drawn = layout.layout(List.of("app", "api", "naming", "terms", "security"), edges, id -> 100);

        for (LayoutEdge edge : edges) {
            GraphLayout.Placement from = drawn.nodes().get(edge.from());
            GraphLayout.Placement to = drawn.nodes().get(edge.to());
            assertThat(from.layer()).as(edge.toString()).isGreaterThan(to.layer());
            assertThat(from.y()).as(edge.toString()).isGreaterThan(to.y());
        }
        assertThat(drawn.nodes().get("terms").layer()).isZero();
        assertThat(drawn.nodes().get("app").layer()).isEqualTo(3); // the longest path, not the shortest
    }

    @Test
    void nodesOfALayerNeverOverlapEvenInALargeTangledGraph() {
        Random random = new Random(42);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            nodes.add("n" + i);
        }
        List<LayoutEdge> edges = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int a = random.nextInt(60);
            int b = random.nextInt(60);
            // mostly acyclic, with a few edges against the grain and some that do not decide the layers
            edges.add(new LayoutEdge("e" + i, "n" + Math.max(a, b), "n" + Math.min(a, b), i % 7 != 0));
        }

        GraphLayout drawn = layout.layout(nodes, edges, id -> 80 + id.length() * 10);

        assertThat(drawn.nodes()).hasSize(60);
        Map<Integer, List<GraphLayout.Placement>> layers = drawn.nodes().values().stream()
                .collect(Collectors.groupingBy(GraphLayout.Placement::layer));
        for (List<GraphLayout.Placement> layer : layers.values()) {
            layer.sort(Comparator.comparingDouble(GraphLayout.Placement::x));
            for (int i = 0; i + 1 < layer.size(); i++) {
                assertThat(layer.get(i).right() + GAP).isLessThanOrEqualTo(layer.get(i + 1).left() + 1e-6);
            }
        }
        drawn.nodes().values().forEach(p -> {
            assertThat(p.left()).isGreaterThanOrEqualTo(0);
            assertThat(p.right()).isLessThanOrEqualTo(drawn.width());
            assertThat(p.y() + HEIGHT / 2).isLessThanOrEqualTo(drawn.height());
        });
    }

    @Test
    void barycentreOrderingUncrossesEdgesTheGivenOrderWouldCross() {
        // given in this order, "left" under "a" and "right" under "b" would cross: left -> b, right -> a
        List<LayoutEdge> edges = List.of(dependency("left", "b"), dependency("right", "a"));

        GraphLayout drawn = layout.layout(List.of("a", "b", "left", "right"), edges, id -> 100);

        double top = drawn.nodes().get("b").x() - drawn.nodes().get("a").x();
        double bottom = drawn.nodes().get("left").x() - drawn.nodes().get("right").x();
        assertThat(Math.signum(top)).isEqualTo(Math.signum(bottom));
    }

    @Test
    void crossingsAreCountedBetweenAdjacentLayers() {
        List<List<String>> layers = List.of(List.of("a", "b"), List.of("c", "d"));

        assertThat(Ordering.crossings(layers, List.of(new String[] {"a", "d"}, new String[] {"b", "c"}))).isEqualTo(1);
        assertThat(Ordering.crossings(layers, List.of(new String[] {"a", "c"}, new String[] {"b", "d"}))).isZero();
        assertThat(Ordering.crossings(layers, List.of(new String[] {"a", "c"}, new String[] {"a", "d"},
                new String[] {"b", "c"}))).isEqualTo(1);
    }

    @Test
    void aCycleOfReferencesStillGetsLaidOut() {
        List<LayoutEdge> edges = List.of(dependency("a", "b"), dependency("b", "c"), dependency("c", "a"));

        GraphLayout drawn = layout.layout(List.of("a", "b", "c"), edges, id -> 100);

        assertThat(drawn.nodes()).containsOnlyKeys("a", "b", "c");
        assertThat(drawn.nodes().values()).extracting(GraphLayout.Placement::layer).doesNotHaveDuplicates();
        assertThat(drawn.routes()).hasSize(3);
    }

    @Test
    void longEdgesBendThroughEveryLayerTheyCrossAndEndOnTheNodesBorders() {
        List<LayoutEdge> edges = List.of(dependency("top-user", "middle"), dependency("middle", "base"),
                dependency("top-user", "base"));

        GraphLayout drawn = layout.layout(List.of("base", "middle", "top-user"), edges, id -> 100);

        GraphLayout.Route longOne = drawn.routes().stream().filter(r -> r.edge().id().equals("top-user>base"))
                .findFirst().orElseThrow();
        assertThat(longOne.points()).hasSize(3);
        GraphLayout.Placement from = drawn.nodes().get("top-user");
        GraphLayout.Placement to = drawn.nodes().get("base");
        assertThat(longOne.points().get(0).y()).isEqualTo(from.y() - HEIGHT / 2);
        assertThat(longOne.points().get(2).y()).isEqualTo(to.y() + HEIGHT / 2);
        assertThat(longOne.points().get(1).y()).isEqualTo(drawn.nodes().get("middle").y());
    }

    @Test
    void onlyLayeringEdgesDecideTheLayers() {
        List<LayoutEdge> edges = List.of(new LayoutEdge("h", "a", "b", false));

        GraphLayout drawn = layout.layout(List.of("a", "b"), edges, id -> 100);

        assertThat(drawn.nodes().get("a").layer()).isEqualTo(drawn.nodes().get("b").layer());
        assertThat(drawn.routes()).singleElement().satisfies(r -> assertThat(r.points()).hasSize(3)); // an arc above
    }

    @Test
    void parallelEdgesBetweenTheSameNodesAreSpreadApart() {
        List<LayoutEdge> edges = List.of(new LayoutEdge("1", "a", "b", true), new LayoutEdge("2", "a", "b", true));

        GraphLayout drawn = layout.layout(List.of("a", "b"), edges, id -> 100);

        assertThat(drawn.routes()).extracting(r -> r.points().get(0).x()).doesNotHaveDuplicates();
    }

    @Test
    void anEmptyGraphHasOnlyItsMargins() {
        GraphLayout drawn = layout.layout(List.of(), List.of(), id -> 100);

        assertThat(drawn.nodes()).isEmpty();
        assertThat(drawn.routes()).isEmpty();
    }

    private static LayoutEdge dependency(String from, String to) {
        return new LayoutEdge(from + ">" + to, from, to, true);
    }
}
