package org.normative.standards.library.store;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.Committee;
import org.normative.standards.library.CommitteeRepository;

final class JdbiCommitteeRepository implements CommitteeRepository {

    private final Jdbi jdbi;

    JdbiCommitteeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Committee> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name_en, name_zh, domain FROM committee ORDER BY code")
                .map((rs, ctx) -> new Committee(rs.getString("code"),
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_zh")), rs.getString("domain")))
                .list());
    }

    @Override
    public void add(Committee committee) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO committee (code, name_en, name_zh, domain) VALUES (:code, :en, :zh, :domain)")
                .bind("code", committee.code())
                .bind("en", committee.name().en())
                .bind("zh", committee.name().zh())
                .bind("domain", committee.domain())
                .execute());
    }
}
