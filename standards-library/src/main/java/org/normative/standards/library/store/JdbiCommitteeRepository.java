package org.normative.standards.library.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.Committee;
import org.normative.standards.library.CommitteeRepository;
import org.normative.standards.library.Member;
import org.normative.standards.library.Role;

final class JdbiCommitteeRepository implements CommitteeRepository {

    private final Jdbi jdbi;

    JdbiCommitteeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(long id, String code, LocalizedText name, String domain) {
    }

    @Override
    public List<Committee> findAll() {
        return jdbi.withHandle(h -> {
            List<Row> rows = h.createQuery("SELECT id, code, name_en, name_zh, domain FROM committee ORDER BY code")
                    .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("code"),
                            LocalizedText.of(rs.getString("name_en"), rs.getString("name_zh")), rs.getString("domain")))
                    .list();
            Map<Long, List<Member>> members = new HashMap<>();
            h.createQuery("SELECT committee_id, person, organisation, role FROM committee_member ORDER BY committee_id, position")
                    .map((rs, ctx) -> Map.entry(rs.getLong("committee_id"), new Member(rs.getString("person"),
                            rs.getString("organisation"), Role.valueOf(rs.getString("role")))))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<Long, List<String>> liaisons = new HashMap<>();
            h.createQuery("""
                            SELECT committee_id, other_code FROM committee_liaison ORDER BY committee_id, other_code""")
                    .map((rs, ctx) -> Map.entry(rs.getLong("committee_id"), rs.getString("other_code")))
                    .forEach(e -> liaisons.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return rows.stream().map(r -> new Committee(r.code(), r.name(), r.domain(),
                    members.getOrDefault(r.id(), List.of()), liaisons.getOrDefault(r.id(), List.of()))).toList();
        });
    }

    @Override
    public void add(Committee committee) {
        jdbi.useTransaction(h -> insert(h, committee));
    }

    @Override
    public void addMembersAndLiaisons(List<Committee> committees) {
        jdbi.useTransaction(h -> {
            for (Committee committee : committees) {
                long id = h.createQuery("SELECT id FROM committee WHERE code = :code").bind("code", committee.code())
                        .mapTo(Long.class).one();
                insertMembersAndLiaisons(h, id, committee);
            }
        });
    }

    /** Adds the committee unless one with its code exists (importing a standard brings its committee along). */
    static void insertIfMissing(Handle h, Committee committee) {
        boolean exists = h.createQuery("SELECT COUNT(*) FROM committee WHERE code = :code")
                .bind("code", committee.code()).mapTo(Integer.class).one() > 0;
        if (!exists) {
            insert(h, committee);
        }
    }

    private static void insert(Handle h, Committee committee) {
        long id = h.createUpdate("INSERT INTO committee (code, name_en, name_zh, domain) VALUES (:code, :en, :zh, :domain)")
                .bind("code", committee.code())
                .bind("en", committee.name().en())
                .bind("zh", committee.name().zh())
                .bind("domain", committee.domain())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertMembersAndLiaisons(h, id, committee);
    }

    private static void insertMembersAndLiaisons(Handle h, long id, Committee committee) {
        int position = h.createQuery("SELECT COUNT(*) FROM committee_member WHERE committee_id = :c")
                .bind("c", id).mapTo(Integer.class).one();
        for (Member member : committee.members()) {
            h.createUpdate("""
                            INSERT INTO committee_member (committee_id, position, person, organisation, role)
                            VALUES (:c, :p, :person, :organisation, :role)""")
                    .bind("c", id).bind("p", ++position).bind("person", member.person())
                    .bind("organisation", member.organisation()).bind("role", member.role().name())
                    .execute();
        }
        for (String other : committee.liaisons()) {
            h.createUpdate("""
                            INSERT INTO committee_liaison (committee_id, other_code)
                            SELECT :c, :other FROM (VALUES (1)) AS one(x)
                            WHERE NOT EXISTS (SELECT 1 FROM committee_liaison WHERE committee_id = :c AND other_code = :other)""")
                    .bind("c", id).bind("other", other).execute();
        }
    }
}
