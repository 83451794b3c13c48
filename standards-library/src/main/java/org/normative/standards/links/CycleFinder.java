package org.normative.standards.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Elementary cycles of a directed graph without loops, by Johnson's algorithm (SIAM J. Comput. 4(1), 1975) written
 * without recursion, and stopped after a number of cycles. JGraphT's {@code JohnsonSimpleCycles} and
 * {@code TarjanSimpleCycles} recurse once per vertex on a path, which overflows the stack on a strongly connected
 * group of a few thousand standards; and the number of cycles can grow exponentially, so enumeration must stop.
 *
 * <p>Each strongly connected component is searched from its smallest vertex, which is then removed and the rest split
 * into components again. Every search step finds at least one cycle, and each cycle costs at most
 * O(vertices + edges) of the component, so the whole search costs O((vertices + edges) &middot; (limit + 1)).
 * Cycles come out starting with their smallest vertex, ordered by that vertex.
 */
final class CycleFinder {

    /** The cycles listed (vertex indices), how many more were found, and whether the search stopped at the limit. */
    record Result(List<int[]> listed, int more, boolean stopped) {
    }

    private final int[][] successors;
    private final int n;

    // Strong components (Tarjan, iterative).
    private final int[] index;
    private final int[] low;
    private final int[] position;
    private final boolean[] onStack;
    // Johnson's circuit search.
    private final boolean[] blocked;
    private final BitSet[] blockedBy;
    private final boolean[] found;
    // Membership of the component being searched: member[v] == stamp.
    private final int[] member;
    private int stamp;

    /** {@code successors[v]} are the vertices v has an edge to, no duplicates, none equal to v. */
    CycleFinder(int[][] successors) {
        this.successors = successors;
        this.n = successors.length;
        this.index = new int[n];
        this.low = new int[n];
        this.position = new int[n];
        this.onStack = new boolean[n];
        this.blocked = new boolean[n];
        this.blockedBy = new BitSet[n];
        this.found = new boolean[n];
        this.member = new int[n];
    }

    /** Lists up to {@code listLimit} cycles and counts on up to {@code countLimit} cycles in all. */
    Result find(int listLimit, int countLimit) {
        List<int[]> listed = new ArrayList<>();
        int[] count = {0};
        PriorityQueue<int[]> components = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        components.addAll(strongComponents(all, -1));
        while (!components.isEmpty()) {
            int[] component = components.poll();
            int start = component[0];
            boolean stop = circuits(start, component, cycle -> {
                count[0]++;
                if (listed.size() < listLimit) {
                    listed.add(cycle);
                }
                return count[0] >= countLimit;
            });
            if (stop) {
                return new Result(listed, count[0] - listed.size(), true);
            }
            components.addAll(strongComponents(component, start));
        }
        return new Result(listed, count[0] - listed.size(), false);
    }

    private interface CycleSink {
        /** Takes a cycle; true to stop the search. */
        boolean accept(int[] cycle);
    }

    /** The strongly connected components with two or more vertices among {@code vertices} less {@code without}. */
    private List<int[]> strongComponents(int[] vertices, int without) {
        int mark = ++stamp;
        for (int v : vertices) {
            if (v != without) {
                member[v] = mark;
                index[v] = -1;
                onStack[v] = false;
            }
        }
        List<int[]> components = new ArrayList<>();
        int[] callStack = new int[vertices.length];
        int[] tarjanStack = new int[vertices.length];
        int tarjanSize = 0;
        int counter = 0;
        for (int root : vertices) {
            if (root == without || index[root] != -1) {
                continue;
            }
            int depth = 0;
            callStack[depth++] = root;
            index[root] = low[root] = counter++;
            position[root] = 0;
            tarjanStack[tarjanSize++] = root;
            onStack[root] = true;
            while (depth > 0) {
                int v = callStack[depth - 1];
                int[] next = successors[v];
                if (position[v] < next.length) {
                    int w = next[position[v]++];
                    if (member[w] != mark) {
                        continue;
                    }
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        position[w] = 0;
                        tarjanStack[tarjanSize++] = w;
                        onStack[w] = true;
                        callStack[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    depth--;
                    if (low[v] == index[v]) {
                        int size = 0;
                        int from = tarjanSize;
                        do {
                            from--;
                            size++;
                            onStack[tarjanStack[from]] = false;
                        } while (tarjanStack[from] != v);
                        if (size >= 2) {
                            int[] component = Arrays.copyOfRange(tarjanStack, from, tarjanSize);
                            Arrays.sort(component);
                            components.add(component);
                        }
                        tarjanSize = from;
                    }
                    if (depth > 0) {
                        int parent = callStack[depth - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return components;
    }

    /** Johnson's CIRCUIT from {@code start} inside {@code component}; true when the sink asked to stop. */
    private boolean circuits(int start, int[] component, CycleSink sink) {
        int mark = ++stamp;
        for (int v : component) {
            member[v] = mark;
            blocked[v] = false;
            found[v] = false;
            if (blockedBy[v] != null) {
                blockedBy[v].clear();
            }
        }
        int[] path = new int[component.length];
        int length = 0;
        path[length++] = start;
        blocked[start] = true;
        position[start] = 0;
        while (length > 0) {
            int v = path[length - 1];
            int[] next = successors[v];
            if (position[v] < next.length) {
                int w = next[position[v]++];
                if (member[w] != mark) {
                    continue;
                }
                if (w == start) {
                    found[v] = true;
                    if (sink.accept(Arrays.copyOf(path, length))) {
                        return true;
                    }
                } else if (!blocked[w]) {
                    path[length++] = w;
                    blocked[w] = true;
                    found[w] = false;
                    position[w] = 0;
                }
            } else {
                if (found[v]) {
                    unblock(v);
                } else {
                    for (int w : next) {
                        if (member[w] == mark) {
                            if (blockedBy[w] == null) {
                                blockedBy[w] = new BitSet();
                            }
                            blockedBy[w].set(v);
                        }
                    }
                }
                length--;
                if (length > 0 && found[v]) {
                    found[path[length - 1]] = true;
                }
            }
        }
        return false;
    }

    private void unblock(int u) {
        int[] work = new int[16];
        int size = 0;
        blocked[u] = false;
        work[size++] = u;
        while (size > 0) {
            int x = work[--size];
            BitSet waiting = blockedBy[x];
            if (waiting == null) {
                continue;
            }
            for (int w = waiting.nextSetBit(0); w >= 0; w = waiting.nextSetBit(w + 1)) {
                if (blocked[w]) {
                    blocked[w] = false;
                    if (size == work.length) {
                        work = Arrays.copyOf(work, size * 2);
                    }
                    work[size++] = w;
                }
            }
            waiting.clear();
        }
    }
}
