package org.normative.conformance.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.Submission;
import org.normative.conformance.submission.SubmissionRepository;
import org.normative.standards.workspace.BlobStore;

/** Submissions in the workspace database; artifacts' bytes in the blob store. */
public final class JdbiSubmissionRepository implements SubmissionRepository {

    private final Jdbi jdbi;
    private final BlobStore blobs;

    public JdbiSubmissionRepository(Jdbi jdbi, BlobStore blobs) {
        this.jdbi = jdbi;
        this.blobs = blobs;
    }

    @Override
    public long create(String organisation, String system, String version, String suiteRef) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO submission (organisation, system_name, system_version, suite_ref, created_at)
                        VALUES (:org, :system, :version, :suite, :at)""")
                .bind("org", organisation).bind("system", system).bind("version", version).bind("suite", suiteRef)
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void addArtifact(long submissionId, Artifact artifact) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO submission_artifact (submission_id, position, role, name, media_type, size, sha256)
                        VALUES (:id, (SELECT COALESCE(MAX(position), 0) + 1 FROM submission_artifact WHERE submission_id = :id),
                                :role, :name, :type, :size, :sha)""")
                .bind("id", submissionId).bind("role", artifact.role()).bind("name", artifact.name())
                .bind("type", artifact.mediaType()).bind("size", artifact.size()).bind("sha", artifact.sha256()).execute());
    }

    @Override
    public List<Submission> findAll() {
        return jdbi.withHandle(h -> {
            List<Submission> all = new ArrayList<>();
            for (Long id : h.createQuery("SELECT id FROM submission ORDER BY id").mapTo(Long.class).list()) {
                load(h, id).ifPresent(all::add);
            }
            return all;
        });
    }

    @Override
    public Optional<Submission> find(long id) {
        return jdbi.withHandle(h -> load(h, id));
    }

    private Optional<Submission> load(Handle h, long id) {
        List<Artifact> artifacts = h.createQuery("SELECT * FROM submission_artifact WHERE submission_id = :id ORDER BY position")
                .bind("id", id)
                .map((rs, ctx) -> new Artifact(rs.getString("role"), rs.getString("name"), rs.getString("media_type"),
                        rs.getLong("size"), rs.getString("sha256"), blobs.location(rs.getString("sha256"))))
                .list();
        return h.createQuery("SELECT * FROM submission WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Submission(rs.getLong("id"), rs.getString("organisation"), rs.getString("system_name"),
                        rs.getString("system_version"), rs.getString("suite_ref"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), artifacts))
                .findOne();
    }
}
