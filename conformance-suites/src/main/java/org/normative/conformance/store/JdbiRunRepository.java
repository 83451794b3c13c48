package org.normative.conformance.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunRepository;
import org.normative.conformance.run.RunSummary;
import org.normative.conformance.run.Subject;

/** The run index in the workspace database: rows are inserted, never updated. */
public final class JdbiRunRepository implements RunRepository {

    private final Jdbi jdbi;

    public JdbiRunRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(RunSummary run) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO run (id, suite_sha256, suite_ref, standard_code, edition, submission_id, organisation,
                                         system_name, system_version, started_at, finished_at, verdict, record_sha256)
                        VALUES (:id, :suiteSha, :suite, :code, :edition, :submission, :org, :system, :version, :started, :finished,
                                :verdict, :sha)""")
                .bind("id", run.runId()).bind("suiteSha", run.suiteSha256()).bind("suite", run.suiteRef()).bind("code", run.standardCode())
                .bind("edition", run.edition()).bind("submission", run.submissionId())
                .bind("org", run.subject().organisation()).bind("system", run.subject().system())
                .bind("version", run.subject().version())
                .bind("started", OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC))
                .bind("finished", OffsetDateTime.ofInstant(run.finishedAt(), ZoneOffset.UTC))
                .bind("verdict", run.verdict().name()).bind("sha", run.recordSha256()).execute());
    }

    @Override
    public List<RunSummary> findAll() {
        return jdbi.withHandle(h -> map(h.createQuery("SELECT * FROM run ORDER BY started_at DESC")).list());
    }

    @Override
    public Optional<RunSummary> find(String runId) {
        return jdbi.withHandle(h -> map(h.createQuery("SELECT * FROM run WHERE id = :id").bind("id", runId)).findOne());
    }

    private static org.jdbi.v3.core.result.ResultIterable<RunSummary> map(Query query) {
        return query.map((rs, ctx) -> new RunSummary(rs.getString("id"), rs.getString("suite_ref"), rs.getString("suite_sha256"), rs.getString("standard_code"),
                rs.getString("edition"), (Long) rs.getObject("submission_id", Long.class),
                new Subject(rs.getString("organisation"), rs.getString("system_name"), rs.getString("system_version")),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                OverallVerdict.valueOf(rs.getString("verdict")), rs.getString("record_sha256")));
    }
}
