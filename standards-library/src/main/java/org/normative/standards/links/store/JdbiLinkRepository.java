package org.normative.standards.links.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.normative.standards.links.AdoptionDegree;
import org.normative.standards.links.Endpoint;
import org.normative.standards.links.Link;
import org.normative.standards.links.LinkRepository;
import org.normative.standards.links.LinkType;
import org.normative.standards.workspace.Workspace;

/** Links in the workspace database. */
public final class JdbiLinkRepository implements LinkRepository {

    private final Jdbi jdbi;

    public JdbiLinkRepository(Workspace workspace) {
        this.jdbi = workspace.jdbi();
    }

    @Override
    public List<Link> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM link ORDER BY id")
                .map((rs, ctx) -> new Link(rs.getLong("id"), LinkType.valueOf(rs.getString("link_type")),
                        new Endpoint(rs.getString("source_code"), rs.getString("source_edition"), rs.getString("source_requirement")),
                        new Endpoint(rs.getString("target_code"), rs.getString("target_edition"), rs.getString("target_requirement")),
                        rs.getString("degree") == null ? null : AdoptionDegree.valueOf(rs.getString("degree")),
                        rs.getString("note"), rs.getString("reviewed_fingerprint"), false))
                .list());
    }

    @Override
    public long add(Link link) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO link (link_type, source_code, source_edition, source_requirement, target_code,
                                          target_edition, target_requirement, degree, note, reviewed_fingerprint, reviewed_at)
                        VALUES (:type, :sc, :se, :sr, :tc, :te, :tr, :degree, :note, :fingerprint,
                                CASE WHEN :fingerprint IS NULL THEN NULL ELSE CURRENT_TIMESTAMP END)""")
                .bind("type", link.type().name())
                .bind("sc", link.source().code()).bind("se", link.source().edition()).bind("sr", link.source().requirement())
                .bind("tc", link.target().code()).bind("te", link.target().edition()).bind("tr", link.target().requirement())
                .bind("degree", link.degree() == null ? null : link.degree().name())
                .bind("note", link.note())
                .bind("fingerprint", link.reviewedFingerprint())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public boolean markReviewed(long id, String fingerprint, String reviewer) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE link SET reviewed_fingerprint = :fingerprint, reviewed_at = :at, reviewed_by = :by,
                               version = version + 1
                        WHERE id = :id""")
                .bind("fingerprint", fingerprint).bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("by", reviewer)
                .bind("id", id).execute()) == 1;
    }
}
