package org.normative.app.gui.links.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Crossing reduction by the barycentre heuristic: sweeps down and up the layers, each time sorting a layer by the
 * mean position of its neighbours in the layer just fixed, and keeps the order with the fewest crossings seen.
 * Works on slots: real nodes plus the dummies that long edges leave in the layers they cross.
 */
final class Ordering {

    private static final int SWEEPS = 12;

    private Ordering() {
    }

    /** {@code layers} in their starting order; {@code segments} join a slot to a slot in the next layer down. */
    static List<List<String>> order(List<List<String>> layers, List<String[]> segments) {
        Map<String, List<String>> up = new HashMap<>();
        Map<String, List<String>> down = new HashMap<>();
        for (String[] segment : segments) {
            down.computeIfAbsent(segment[0], k -> new ArrayList<>()).add(segment[1]);
            up.computeIfAbsent(segment[1], k -> new ArrayList<>()).add(segment[0]);
        }
        List<List<String>> current = copy(layers);
        List<List<String>> best = copy(current);
        long fewest = crossings(best, segments);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            if (sweep % 2 == 0) {
                for (int i = 1; i < current.size(); i++) {
                    sortByBarycentre(current.get(i), current.get(i - 1), up);
                }
            } else {
                for (int i = current.size() - 2; i >= 0; i--) {
                    sortByBarycentre(current.get(i), current.get(i + 1), down);
                }
            }
            long count = crossings(current, segments);
            if (count < fewest) {
                fewest = count;
                best = copy(current);
            }
        }
        return best;
    }

    private static void sortByBarycentre(List<String> layer, List<String> fixed, Map<String, List<String>> neighbours) {
        Map<String, Integer> fixedPosition = positions(fixed);
        Map<String, Double> key = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            String slot = layer.get(i);
            List<String> around = neighbours.getOrDefault(slot, List.of());
            // a slot with no neighbour there keeps its place
            key.put(slot, around.isEmpty() ? i : around.stream().mapToInt(fixedPosition::get).average().orElse(i));
        }
        layer.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
    }

    /** Crossings between all adjacent layers, counted as inversions (Fenwick tree), so large graphs stay quick. */
    static long crossings(List<List<String>> layers, List<String[]> segments) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, Integer> layerOf = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            List<String> layer = layers.get(i);
            for (int p = 0; p < layer.size(); p++) {
                position.put(layer.get(p), p);
                layerOf.put(layer.get(p), i);
            }
        }
        Map<Integer, List<int[]>> byLayer = new HashMap<>();
        for (String[] segment : segments) {
            byLayer.computeIfAbsent(layerOf.get(segment[0]), k -> new ArrayList<>())
                    .add(new int[] {position.get(segment[0]), position.get(segment[1])});
        }
        long total = 0;
        for (Map.Entry<Integer, List<int[]>> entry : byLayer.entrySet()) {
            List<int[]> pairs = entry.getValue();
            pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
            int size = entry.getKey() + 1 < layers.size() ? layers.get(entry.getKey() + 1).size() : 0;
            long[] tree = new long[size + 1];
            long seen = 0;
            for (int[] pair : pairs) {
                // segments seen so far that end further right cross this one
                total += seen - prefix(tree, pair[1] + 1);
                for (int i = pair[1] + 1; i <= size; i += i & -i) {
                    tree[i]++;
                }
                seen++;
            }
        }
        return total;
    }

    private static long prefix(long[] tree, int end) {
        long sum = 0;
        for (int i = end; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    private static Map<String, Integer> positions(List<String> layer) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            map.put(layer.get(i), i);
        }
        return map;
    }

    private static List<List<String>> copy(List<List<String>> layers) {
        List<List<String>> copy = new ArrayList<>();
        layers.forEach(layer -> copy.add(new ArrayList<>(layer)));
        return copy;
    }
}
