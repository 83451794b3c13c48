package org.normative.standards.library.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.FrameworkRepository;

final class JdbiFrameworkRepository implements FrameworkRepository {

    private final Jdbi jdbi;

    JdbiFrameworkRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(FrameworkNode node, int position) {
    }

    @Override
    public List<FrameworkNode> findAll() {
        List<Row> rows = jdbi.withHandle(h -> h.createQuery("""
                        SELECT n.code, p.code AS parent_code, n.position, n.name_en, n.name_zh
                        FROM framework_node n LEFT JOIN framework_node p ON p.id = n.parent_id""")
                .map((rs, ctx) -> new Row(new FrameworkNode(rs.getString("code"), rs.getString("parent_code"),
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_zh"))), rs.getInt("position")))
                .list());
        Map<String, List<Row>> byParent = new LinkedHashMap<>();
        for (Row row : rows) {
            byParent.computeIfAbsent(row.node().parentCode(), k -> new ArrayList<>()).add(row);
        }
        List<FrameworkNode> ordered = new ArrayList<>(rows.size());
        appendInTreeOrder(null, byParent, ordered);
        return ordered;
    }

    private static void appendInTreeOrder(String parent, Map<String, List<Row>> byParent, List<FrameworkNode> out) {
        List<Row> children = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
        children.sort(Comparator.comparingInt(Row::position));
        for (Row child : children) {
            out.add(child.node());
            appendInTreeOrder(child.node().code(), byParent, out);
        }
    }

    /**
     * Adds the node unless one with its code exists; it goes last among its siblings. A parent the workspace does
     * not know yet is added as a placeholder named by its code (a document carries its own node only), and a
     * placeholder takes the real names when the node itself arrives.
     */
    static void insertIfMissing(Handle h, FrameworkNode node) {
        if (node.parentCode() != null) {
            insertIfMissing(h, new FrameworkNode(node.parentCode(), null, LocalizedText.of(node.parentCode(), null)));
        }
        boolean exists = h.createQuery("SELECT COUNT(*) FROM framework_node WHERE code = :code")
                .bind("code", node.code()).mapTo(Integer.class).one() > 0;
        if (exists) {
            h.createUpdate("""
                            UPDATE framework_node SET name_en = :en, name_zh = :zh,
                                   parent_id = COALESCE(parent_id, (SELECT id FROM framework_node WHERE code = :parent))
                            WHERE code = :code AND name_en = code AND name_zh IS NULL""")
                    .bind("en", node.name().en()).bind("zh", node.name().zh()).bind("parent", node.parentCode())
                    .bind("code", node.code()).execute();
        } else {
            int position = h.createQuery("""
                            SELECT COALESCE(MAX(n.position), 0) + 1 FROM framework_node n
                            WHERE n.parent_id IS NOT DISTINCT FROM (SELECT id FROM framework_node WHERE code = :parent)""")
                    .bind("parent", node.parentCode()).mapTo(Integer.class).one();
            insert(h, node, position);
        }
    }

    @Override
    public void append(FrameworkNode node) {
        jdbi.useTransaction(h -> insertIfMissing(h, node));
    }

    @Override
    public void add(FrameworkNode node, int position) {
        jdbi.useHandle(h -> insert(h, node, position));
    }

    private static void insert(Handle h, FrameworkNode node, int position) {
        h.createUpdate("""
                        INSERT INTO framework_node (code, parent_id, position, name_en, name_zh)
                        VALUES (:code, (SELECT id FROM framework_node WHERE code = :parent), :position, :en, :zh)""")
                .bind("code", node.code())
                .bind("parent", node.parentCode())
                .bind("position", position)
                .bind("en", node.name().en())
                .bind("zh", node.name().zh())
                .execute();
    }
}
