package org.normative.conformance.store;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Jdbi;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.conformance.suite.SuiteId;
import org.normative.conformance.suite.SuiteRepository;
import org.normative.conformance.suite.SuiteStatus;
import org.normative.standards.LocalizedText;

/** Suites in the workspace database; their packages lie in {@code suitesFolder/<sha256>}. */
public final class JdbiSuiteRepository implements SuiteRepository {

    private final Jdbi jdbi;
    private final Path suitesFolder;

    public JdbiSuiteRepository(Jdbi jdbi, Path suitesFolder) {
        this.jdbi = jdbi;
        this.suitesFolder = suitesFolder;
    }

    @Override
    public List<InstalledSuite> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM suite ORDER BY suite_group, suite_id, version")
                .map((rs, ctx) -> new InstalledSuite(
                        new SuiteId(rs.getString("suite_group"), rs.getString("suite_id"), rs.getString("version")),
                        LocalizedText.of(rs.getString("title_en"), rs.getString("title_zh")),
                        SuiteStatus.valueOf(rs.getString("status")), rs.getString("standard_code"), rs.getString("edition"),
                        rs.getString("sha256"), suitesFolder.resolve(rs.getString("sha256")),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public void add(InstalledSuite suite) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO suite (sha256, suite_group, suite_id, version, title_en, title_zh, status, standard_code,
                                           edition, imported_at)
                        VALUES (:sha, :group, :id, :version, :en, :zh, :status, :code, :edition, :at)""")
                .bind("sha", suite.sha256()).bind("group", suite.id().group()).bind("id", suite.id().id())
                .bind("version", suite.id().version()).bind("en", suite.title().en()).bind("zh", suite.title().zh())
                .bind("status", suite.status().name().toUpperCase(Locale.ROOT)).bind("code", suite.standardCode())
                .bind("edition", suite.edition()).bind("at", OffsetDateTime.ofInstant(suite.importedAt(), ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void remove(SuiteId id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM suite WHERE suite_group = :group AND suite_id = :id AND version = :version")
                .bind("group", id.group()).bind("id", id.id()).bind("version", id.version()).execute());
    }
}
