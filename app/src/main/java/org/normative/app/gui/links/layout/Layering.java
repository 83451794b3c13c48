package org.normative.app.gui.links.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Longest-path layering: a node with nothing to depend on is in layer 0, any other one layer below the deepest of
 * what it depends on. Cycles are broken first by ignoring the edges a depth-first search finds going back up its
 * stack, so a cycle in the references never stops the drawing.
 */
final class Layering {

    private Layering() {
    }

    static Map<String, Integer> layers(List<String> nodes, List<LayoutEdge> edges) {
        Map<String, List<String>> dependencies = new HashMap<>();
        Set<String> known = new HashSet<>(nodes);
        for (LayoutEdge edge : edges) {
            if (edge.layering() && known.contains(edge.from()) && known.contains(edge.to()) && !edge.from().equals(edge.to())) {
                dependencies.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            }
        }
        Map<String, Integer> layer = new HashMap<>();
        Set<String> onStack = new HashSet<>();
        for (String node : nodes) {
            visit(node, dependencies, layer, onStack);
        }
        return layer;
    }

    // iterative depth-first search: a long reference chain must not overflow the stack
    private static void visit(String start, Map<String, List<String>> dependencies, Map<String, Integer> layer,
                              Set<String> onStack) {
        if (layer.containsKey(start)) {
            return;
        }
        List<String> stack = new ArrayList<>(List.of(start));
        List<Integer> next = new ArrayList<>(List.of(0));
        onStack.add(start);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            String node = stack.get(top);
            List<String> targets = dependencies.getOrDefault(node, List.of());
            int index = next.get(top);
            if (index < targets.size()) {
                next.set(top, index + 1);
                String target = targets.get(index);
                if (!layer.containsKey(target) && !onStack.contains(target)) {
                    stack.add(target);
                    next.add(0);
                    onStack.add(target);
                }
                continue;
            }
            int deepest = -1;
            for (String target : targets) {
                Integer below = layer.get(target);
                if (below != null && !onStack.contains(target)) {
                    deepest = Math.max(deepest, below);
                }
            }
            layer.put(node, deepest + 1);
            onStack.remove(node);
            stack.remove(top);
            next.remove(top);
        }
    }
}
