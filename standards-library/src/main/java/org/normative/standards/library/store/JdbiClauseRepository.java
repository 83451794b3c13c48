package org.normative.standards.library.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.normative.standards.library.Clause;
import org.normative.standards.library.ClauseRepository;

final class JdbiClauseRepository implements ClauseRepository {

    private final Jdbi jdbi;

    JdbiClauseRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(long id, Long parentId, int position, String key, String heading, String body) {
    }

    @Override
    public List<Clause> findByEdition(long editionId) {
        List<Row> rows = jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, parent_id, position, clause_key, heading, body
                        FROM clause WHERE edition_id = :edition""")
                .bind("edition", editionId)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getInt("position"), rs.getString("clause_key"), rs.getString("heading"), rs.getString("body")))
                .list());
        Map<Long, List<Row>> byParent = new HashMap<>();
        for (Row row : rows) {
            byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
        return build(null, "", byParent);
    }

    private static List<Clause> build(Long parentId, String prefix, Map<Long, List<Row>> byParent) {
        List<Row> children = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
        children.sort(Comparator.comparingInt(Row::position));
        List<Clause> clauses = new ArrayList<>(children.size());
        int n = 0;
        for (Row row : children) {
            String number = prefix + (++n);
            clauses.add(new Clause(row.id(), row.key(), number, row.heading(), row.body(),
                    build(row.id(), number + ".", byParent)));
        }
        return clauses;
    }

    @Override
    public long add(long editionId, Long parentId, String key, String heading, String body) {
        return jdbi.inTransaction(h -> {
            int position = h.createQuery("""
                            SELECT COALESCE(MAX(position), 0) + 1 FROM clause
                            WHERE edition_id = :edition AND parent_id IS NOT DISTINCT FROM :parent""")
                    .bind("edition", editionId)
                    .bind("parent", parentId)
                    .mapTo(Integer.class).one();
            return h.createUpdate("""
                            INSERT INTO clause (edition_id, parent_id, position, clause_key, heading, body)
                            VALUES (:edition, :parent, :position, :key, :heading, :body)""")
                    .bind("edition", editionId)
                    .bind("parent", parentId)
                    .bind("position", position)
                    .bind("key", key)
                    .bind("heading", heading)
                    .bind("body", body)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
        });
    }
}
