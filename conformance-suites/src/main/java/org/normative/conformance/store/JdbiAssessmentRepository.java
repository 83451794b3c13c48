package org.normative.conformance.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.AssessmentRepository;

/** Assessments in the workspace database: inserted, never updated. */
public final class JdbiAssessmentRepository implements AssessmentRepository {

    private final Jdbi jdbi;

    public JdbiAssessmentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long add(Assessment a) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO assessment (run_id, test_case, kind, verdict, note, evaluator, recorded_at, expires_on,
                                                attachment_name, attachment_sha256)
                        VALUES (:run, :testCase, :kind, :verdict, :note, :evaluator, :at, :expires, :attachment, :sha)""")
                .bind("run", a.runId()).bind("testCase", a.testCase()).bind("kind", a.kind().name())
                .bind("verdict", a.verdict() == null ? null : a.verdict().name()).bind("note", a.note())
                .bind("evaluator", a.evaluator()).bind("at", OffsetDateTime.ofInstant(a.recordedAt(), ZoneOffset.UTC))
                .bind("expires", a.expiresOn()).bind("attachment", a.attachmentName()).bind("sha", a.attachmentSha256())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public List<Assessment> forRun(String runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM assessment WHERE run_id = :run ORDER BY id").bind("run", runId)
                .map((rs, ctx) -> new Assessment(rs.getLong("id"), rs.getString("run_id"), rs.getString("test_case"),
                        Assessment.Kind.valueOf(rs.getString("kind")),
                        rs.getString("verdict") == null ? null : Verdict.valueOf(rs.getString("verdict")), rs.getString("note"),
                        rs.getString("evaluator"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_on", LocalDate.class), rs.getString("attachment_name"),
                        rs.getString("attachment_sha256")))
                .list());
    }
}
