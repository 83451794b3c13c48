package org.normative.standards.library.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
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
        return jdbi.withHandle(h -> tree(h, editionId));
    }

    /** The clause tree of an edition, numbered by position. */
    static List<Clause> tree(Handle h, long editionId) {
        List<Row> rows = h.createQuery("""
                        SELECT id, parent_id, position, clause_key, heading, body
                        FROM clause WHERE edition_id = :edition""")
                .bind("edition", editionId)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getInt("position"), rs.getString("clause_key"), rs.getString("heading"), rs.getString("body")))
                .list();
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
}
