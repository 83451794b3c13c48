package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class CycleFinderTest {

    private static int[][] random(Random random, int n, double density) {
        int[][] successors = new int[n][];
        for (int v = 0; v < n; v++) {
            List<Integer> next = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                if (w != v && random.nextDouble() < density) {
                    next.add(w);
                }
            }
            successors[v] = next.stream().mapToInt(Integer::intValue).toArray();
        }
        return successors;
    }

    /** A cycle rotated to start at its smallest vertex, as a list. */
    private static List<Integer> normalized(List<Integer> cycle) {
        int least = cycle.indexOf(new TreeSet<>(cycle).first());
        List<Integer> rotated = new ArrayList<>(cycle.subList(least, cycle.size()));
        rotated.addAll(cycle.subList(0, least));
        return rotated;
    }

    private static List<Integer> list(int[] cycle) {
        List<Integer> list = new ArrayList<>();
        for (int v : cycle) {
            list.add(v);
        }
        return list;
    }

    @Test
    void findsExactlyTheElementaryCyclesJGraphTFindsOnSmallGraphs() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(8);
            int[][] successors = random(random, n, 0.1 + random.nextDouble() * 0.4);
            Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                graph.addVertex(v);
            }
            for (int v = 0; v < n; v++) {
                for (int w : successors[v]) {
                    graph.addEdge(v, w);
                }
            }
            Set<List<Integer>> expected = new HashSet<>();
            new JohnsonSimpleCycles<>(graph).findSimpleCycles(c -> expected.add(normalized(c)));

            CycleFinder.Result result = new CycleFinder(successors).find(Integer.MAX_VALUE, Integer.MAX_VALUE);

            List<List<Integer>> found = result.listed().stream().map(CycleFinderTest::list).toList();
            assertThat(found).doesNotHaveDuplicates();
            assertThat(found).allSatisfy(c -> assertThat(c.get(0)).isEqualTo(new TreeSet<>(c).first()));
            assertThat(new HashSet<>(found)).isEqualTo(expected);
            assertThat(result.more()).isZero();
            assertThat(result.stopped()).isFalse();
        }
    }

    @Test
    void listsUpToTheListLimitAndCountsTheRestUpToTheCountLimit() {
        int n = 6;
        int[][] complete = new int[n][];
        for (int v = 0; v < n; v++) {
            int from = v;
            complete[v] = java.util.stream.IntStream.range(0, n).filter(w -> w != from).toArray();
        }

        CycleFinder.Result all = new CycleFinder(complete).find(10, Integer.MAX_VALUE);
        CycleFinder.Result capped = new CycleFinder(complete).find(10, 100);

        assertThat(all.listed()).hasSize(10);
        assertThat(all.more()).isEqualTo(409 - 10);
        assertThat(all.stopped()).isFalse();
        assertThat(capped.listed()).hasSize(10);
        assertThat(capped.more()).isEqualTo(90);
        assertThat(capped.stopped()).isTrue();
    }

    @Test
    void longRingOfTenThousandIsOneCycleWithoutOverflowingTheStack() {
        int n = 10_000;
        int[][] ring = new int[n][];
        for (int v = 0; v < n; v++) {
            ring[v] = new int[] {(v + 1) % n};
        }

        CycleFinder.Result result = new CycleFinder(ring).find(5, 100);

        assertThat(result.listed()).singleElement().satisfies(c -> assertThat(c).hasSize(n));
        assertThat(result.more()).isZero();
    }
}
