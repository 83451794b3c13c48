package org.normative.app.gui.links.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A layered (Sugiyama-style) drawing of a directed graph, in plain Java so it is tested without a window:
 * <ol>
 *   <li>layers by longest path over the layering edges ({@link Layering}): what others depend on sits at the top,
 *       and every layering edge points up from a lower layer;</li>
 *   <li>long edges get a dummy slot in each layer they cross, so they bend around nodes instead of through them;</li>
 *   <li>fewer crossings by barycentre ordering ({@link Ordering}), starting from the order the nodes are given in
 *       (callers group them, for example by committee);</li>
 *   <li>x coordinates pulled towards the neighbours' mean while keeping the order and the gap between neighbours,
 *       so nodes of a layer never overlap.</li>
 * </ol>
 */
public final class LayeredLayout {

    private static final String DUMMY = "\u0000dummy-";
    private static final int STRAIGHTENING_ROUNDS = 6;

    private final double nodeHeight;
    private final double gap;
    private final double layerGap;
    private final double margin;

    public LayeredLayout(double nodeHeight, double gap, double layerGap, double margin) {
        this.nodeHeight = nodeHeight;
        this.gap = gap;
        this.layerGap = layerGap;
        this.margin = margin;
    }

    /**
     * @param nodes the node ids, in the order that breaks ties (neighbours in it tend to stay neighbours)
     * @param edges edges between those nodes; edges naming other ids are ignored
     * @param width the width of each node
     */
    public GraphLayout layout(List<String> nodes, List<LayoutEdge> edges, ToDoubleFunction<String> width) {
        Map<String, Integer> layerOf = Layering.layers(nodes, edges);
        int layerCount = layerOf.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            layers.add(new ArrayList<>());
        }
        nodes.forEach(node -> layers.get(layerOf.get(node)).add(node));

        Map<LayoutEdge, List<String>> chains = new LinkedHashMap<>();
        List<String[]> segments = new ArrayList<>();
        int dummies = 0;
        for (LayoutEdge edge : edges) {
            Integer from = layerOf.get(edge.from());
            Integer to = layerOf.get(edge.to());
            if (from == null || to == null || edge.from().equals(edge.to())) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            chain.add(from < to ? edge.from() : edge.to());
            for (int layer = Math.min(from, to) + 1; layer < Math.max(from, to); layer++) {
                String dummy = DUMMY + dummies++;
                layers.get(layer).add(dummy);
                chain.add(dummy);
            }
            chain.add(from < to ? edge.to() : edge.from());
            for (int i = 0; i + 1 < chain.size() && !from.equals(to); i++) {
                segments.add(new String[] {chain.get(i), chain.get(i + 1)});
            }
            chains.put(edge, chain);
        }

        List<List<String>> ordered = Ordering.order(layers, segments);
        ToDoubleFunction<String> slotWidth = slot -> slot.startsWith(DUMMY) ? 0 : width.applyAsDouble(slot);
        Map<String, Double> x = coordinates(ordered, segments, slotWidth);

        Map<String, GraphLayout.Placement> placed = new LinkedHashMap<>();
        double right = 0;
        for (int layer = 0; layer < ordered.size(); layer++) {
            List<String> slots = ordered.get(layer);
            int position = 0;
            for (String slot : slots) {
                right = Math.max(right, x.get(slot) + slotWidth.applyAsDouble(slot) / 2);
                if (!slot.startsWith(DUMMY)) {
                    placed.put(slot, new GraphLayout.Placement(slot, x.get(slot), y(layer), width.applyAsDouble(slot),
                            nodeHeight, layer, position++));
                }
            }
        }
        List<GraphLayout.Route> routes = routes(chains, placed, x, layerOf);
        return new GraphLayout(placed, routes, right + margin, y(layerCount - 1) + nodeHeight / 2 + margin);
    }

    private double y(int layer) {
        // room above the first layer for the arcs of edges within it
        return margin + layerGap / 2 + nodeHeight / 2 + layer * (nodeHeight + layerGap);
    }

    /**
     * Each round moves every slot towards the mean x of its neighbours in the other layers, then packs each layer:
     * once from the left and once from the right, each keeping the gaps, and takes the mean of both (which keeps them
     * too). Finally everything is shifted so the leftmost edge is at the margin.
     */
    private Map<String, Double> coordinates(List<List<String>> layers, List<String[]> segments,
                                            ToDoubleFunction<String> width) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (String[] segment : segments) {
            neighbours.computeIfAbsent(segment[0], k -> new ArrayList<>()).add(segment[1]);
            neighbours.computeIfAbsent(segment[1], k -> new ArrayList<>()).add(segment[0]);
        }
        Map<String, Double> x = new HashMap<>();
        for (List<String> layer : layers) {
            double left = 0;
            for (String slot : layer) {
                x.put(slot, left + width.applyAsDouble(slot) / 2);
                left += width.applyAsDouble(slot) + gap;
            }
        }
        for (int round = 0; round < STRAIGHTENING_ROUNDS; round++) {
            for (List<String> layer : layers) {
                double[] wanted = new double[layer.size()];
                for (int i = 0; i < layer.size(); i++) {
                    List<String> around = neighbours.getOrDefault(layer.get(i), List.of());
                    wanted[i] = around.isEmpty() ? x.get(layer.get(i)) : around.stream().mapToDouble(x::get).average().orElseThrow();
                }
                pack(layer, wanted, width, x);
            }
        }
        double leftmost = Double.MAX_VALUE;
        for (List<String> layer : layers) {
            for (String slot : layer) {
                leftmost = Math.min(leftmost, x.get(slot) - width.applyAsDouble(slot) / 2);
            }
        }
        double shift = margin - (leftmost == Double.MAX_VALUE ? 0 : leftmost);
        x.replaceAll((slot, value) -> value + shift);
        return x;
    }

    private void pack(List<String> layer, double[] wanted, ToDoubleFunction<String> width, Map<String, Double> x) {
        int n = layer.size();
        double[] fromLeft = new double[n];
        double[] fromRight = new double[n];
        for (int i = 0; i < n; i++) {
            fromLeft[i] = i == 0 ? wanted[i] : Math.max(wanted[i], fromLeft[i - 1] + separation(layer, i - 1, width));
        }
        for (int i = n - 1; i >= 0; i--) {
            fromRight[i] = i == n - 1 ? wanted[i] : Math.min(wanted[i], fromRight[i + 1] - separation(layer, i, width));
        }
        for (int i = 0; i < n; i++) {
            x.put(layer.get(i), (fromLeft[i] + fromRight[i]) / 2);
        }
    }

    /** The distance between the centres of slot {@code i} and slot {@code i + 1}. */
    private double separation(List<String> layer, int i, ToDoubleFunction<String> width) {
        return (width.applyAsDouble(layer.get(i)) + width.applyAsDouble(layer.get(i + 1))) / 2 + gap;
    }

    /**
     * From the border of the source to the border of the target, through the dummies. An edge within one layer arcs
     * above it. Parallel edges between the same two nodes are spread sideways so each stays visible.
     */
    private List<GraphLayout.Route> routes(Map<LayoutEdge, List<String>> chains, Map<String, GraphLayout.Placement> placed,
                                           Map<String, Double> x, Map<String, Integer> layerOf) {
        Map<String, Integer> parallelCount = new HashMap<>();
        chains.keySet().forEach(edge -> parallelCount.merge(pairKey(edge), 1, Integer::sum));
        Map<String, Integer> parallelSeen = new HashMap<>();
        List<GraphLayout.Route> routes = new ArrayList<>();
        for (Map.Entry<LayoutEdge, List<String>> entry : chains.entrySet()) {
            LayoutEdge edge = entry.getKey();
            int count = parallelCount.get(pairKey(edge));
            int index = parallelSeen.merge(pairKey(edge), 1, Integer::sum) - 1;
            double offset = (index - (count - 1) / 2.0) * 10;
            GraphLayout.Placement from = placed.get(edge.from());
            GraphLayout.Placement to = placed.get(edge.to());
            List<GraphLayout.Point> points = new ArrayList<>();
            if (layerOf.get(edge.from()).equals(layerOf.get(edge.to()))) {
                double top = from.y() - nodeHeight / 2;
                points.add(new GraphLayout.Point(from.x() + offset, top));
                points.add(new GraphLayout.Point((from.x() + to.x()) / 2 + offset, top - layerGap / 2 + 8));
                points.add(new GraphLayout.Point(to.x() + offset, top));
            } else {
                boolean downwards = from.layer() < to.layer();
                points.add(new GraphLayout.Point(from.x() + offset, from.y() + (downwards ? 1 : -1) * nodeHeight / 2));
                List<String> chain = entry.getValue();
                List<String> inner = chain.subList(1, chain.size() - 1);
                List<GraphLayout.Point> bends = new ArrayList<>();
                for (String dummy : inner) {
                    bends.add(new GraphLayout.Point(x.get(dummy) + offset, y(layerOfDummy(dummy, chain, layerOf))));
                }
                if (!downwards) {
                    java.util.Collections.reverse(bends);
                }
                points.addAll(bends);
                points.add(new GraphLayout.Point(to.x() + offset, to.y() + (downwards ? -1 : 1) * nodeHeight / 2));
            }
            routes.add(new GraphLayout.Route(edge, points));
        }
        return routes;
    }

    /** Dummies sit one per layer between the chain's ends, the chain running top to bottom. */
    private static int layerOfDummy(String dummy, List<String> chain, Map<String, Integer> layerOf) {
        int top = Math.min(layerOf.get(chain.get(0)), layerOf.get(chain.get(chain.size() - 1)));
        return top + chain.indexOf(dummy);
    }

    private static String pairKey(LayoutEdge edge) {
        return edge.from().compareTo(edge.to()) < 0 ? edge.from() + "\u0000" + edge.to() : edge.to() + "\u0000" + edge.from();
    }
}
