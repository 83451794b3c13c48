package org.normative.standards.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.normative.standards.library.Edition;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Standard;

/**
 * How well the standards-system framework is covered: for each node (in tree order, with its depth), how many
 * standards sit on it or below it by the stage of their current edition, and whether any of them is published.
 * A node with no published standard is a gap the committees should see.
 */
public record FrameworkCoverage(List<Row> rows, List<String> unplaced) {

    /** One node: standards on it and below it, split by the stage of their current edition. */
    public record Row(String code, String nameEn, String nameZh, int depth, int published, int drafts, int withdrawn) {

        public int total() {
            return published + drafts + withdrawn;
        }

        /** No published standard on the node or below it. */
        public boolean isGap() {
            return published == 0;
        }
    }

    public FrameworkCoverage {
        rows = List.copyOf(rows);
        unplaced = List.copyOf(unplaced);
    }

    public static FrameworkCoverage of(List<FrameworkNode> framework, List<Standard> standards) {
        Map<String, List<FrameworkNode>> children = new HashMap<>();
        Map<String, FrameworkNode> byCode = new HashMap<>();
        for (FrameworkNode node : framework) {
            children.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
            byCode.put(node.code(), node);
        }
        Map<String, int[]> own = new HashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Standard standard : standards) {
            if (standard.frameworkCode() == null || !byCode.containsKey(standard.frameworkCode())) {
                unplaced.add(standard.code());
                continue;
            }
            int[] counts = own.computeIfAbsent(standard.frameworkCode(), k -> new int[3]);
            Edition current = standard.currentEdition().orElse(null);
            if (current == null || current.stage().isDraft()) {
                counts[1]++;
            } else if (current.stage().isWithdrawn()) {
                counts[2]++;
            } else {
                counts[0]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (FrameworkNode top : children.getOrDefault(null, List.of())) {
            collect(top, 0, children, own, rows);
        }
        return new FrameworkCoverage(rows, unplaced);
    }

    /** Adds the node's row (after computing its subtree) and returns its subtree counts. */
    private static int[] collect(FrameworkNode node, int depth, Map<String, List<FrameworkNode>> children,
                                 Map<String, int[]> own, List<Row> rows) {
        int index = rows.size();
        rows.add(null);
        int[] total = own.getOrDefault(node.code(), new int[3]).clone();
        for (FrameworkNode child : children.getOrDefault(node.code(), List.of())) {
            int[] sub = collect(child, depth + 1, children, own, rows);
            for (int i = 0; i < 3; i++) {
                total[i] += sub[i];
            }
        }
        rows.set(index, new Row(node.code(), node.name().en(), node.name().zh(), depth, total[0], total[1], total[2]));
        return total;
    }

    public List<Row> gaps() {
        return rows.stream().filter(Row::isGap).toList();
    }

    public String toText(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder text = new StringBuilder(zh ? "体系框架覆盖情况（已发布 / 草案 / 已废止）\n"
                : "Framework coverage (published / drafts / withdrawn)\n");
        for (Row row : rows) {
            String name = zh && row.nameZh() != null ? row.nameZh() : row.nameEn() != null ? row.nameEn() : row.nameZh();
            text.append("  ".repeat(row.depth() + 1)).append(row.code()).append(' ').append(name)
                    .append(String.format(Locale.ROOT, "  %d / %d / %d", row.published(), row.drafts(), row.withdrawn()))
                    .append(row.isGap() ? (zh ? "  无已发布标准" : "  no published standard") : "").append('\n');
        }
        if (!unplaced.isEmpty()) {
            text.append(zh ? "未纳入体系框架：" : "Not placed in the framework: ").append(String.join(", ", unplaced)).append('\n');
        }
        return text.toString();
    }
}
