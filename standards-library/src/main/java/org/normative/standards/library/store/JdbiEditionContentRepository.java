package org.normative.standards.library.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditConflictException;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.EditionContentRepository;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Term;

final class JdbiEditionContentRepository implements EditionContentRepository {

    private final Jdbi jdbi;

    JdbiEditionContentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public EditionContent load(long editionId) {
        return jdbi.withHandle(h -> load(h, editionId));
    }

    static EditionContent load(Handle h, long editionId) {
        List<Clause> clauses = JdbiClauseRepository.tree(h, editionId);
        List<Term> terms = h.createQuery("""
                        SELECT term_key, term, definition, source FROM term WHERE edition_id = :e ORDER BY position""")
                .bind("e", editionId)
                .map((rs, ctx) -> new Term(rs.getString("term_key"), rs.getString("term"), rs.getString("definition"),
                        rs.getString("source")))
                .list();
        List<Reference> references = h.createQuery("""
                        SELECT ref_key, code, ref_edition, title, normative FROM edition_reference
                        WHERE edition_id = :e ORDER BY position""")
                .bind("e", editionId)
                .map((rs, ctx) -> new Reference(rs.getString("ref_key"), rs.getString("code"), rs.getString("ref_edition"),
                        rs.getString("title"), rs.getBoolean("normative")))
                .list();
        List<Requirement> requirements = h.createQuery("""
                        SELECT requirement_id, clause_key, statement, obligation, requirement_class, revision
                        FROM requirement WHERE edition_id = :e ORDER BY position""")
                .bind("e", editionId)
                .map((rs, ctx) -> new Requirement(rs.getString("requirement_id"), rs.getString("clause_key"),
                        rs.getString("statement"), Obligation.valueOf(rs.getString("obligation")),
                        rs.getString("requirement_class"), rs.getInt("revision")))
                .list();
        return new EditionContent(clauses, terms, references, requirements);
    }

    @Override
    public void replace(long editionId, EditionContent content) throws StandardsException {
        jdbi.useTransaction(h -> {
            requireDraft(h, editionId);
            deleteAndInsert(h, editionId, content);
        });
    }

    private static void deleteAndInsert(Handle h, long editionId, EditionContent content) {
        for (String table : List.of("requirement", "edition_reference", "term", "clause")) {
            h.createUpdate("DELETE FROM " + table + " WHERE edition_id = :e").bind("e", editionId).execute();
        }
        insert(h, editionId, content);
    }

    @Override
    public java.util.Optional<EditionContent> replaceIfUnchanged(long editionId, String expectedFingerprint, EditionContent content)
            throws StandardsException {
        return jdbi.inTransaction(h -> {
            // the edition's row locked first: two saves of one edition run one after the other, the second sees the first
            h.createQuery("SELECT id FROM edition WHERE id = :e FOR UPDATE").bind("e", editionId).mapTo(Long.class).findOne();
            requireDraft(h, editionId);
            EditionContent stored = load(h, editionId);
            if (!org.normative.standards.library.ContentFingerprint.of(stored).equals(expectedFingerprint)) {
                return java.util.Optional.of(stored);
            }
            deleteAndInsert(h, editionId, content);
            return java.util.Optional.<EditionContent>empty();
        });
    }

    /** Writes the content of an edition that has none yet: only for editions created in the same transaction. */
    static void insert(Handle h, long editionId, EditionContent content) {
        insertClauses(h, editionId, null, content.clauses());
        // batches: an edition of hundreds of requirements is one round trip per table, not one per row
        PreparedBatch terms = h.prepareBatch("""
                INSERT INTO term (edition_id, position, term_key, term, definition, source)
                VALUES (:e, :p, :key, :term, :definition, :source)""");
        int position = 0;
        for (Term t : content.terms()) {
            terms.bind("e", editionId).bind("p", ++position).bind("key", t.key()).bind("term", t.term())
                    .bind("definition", t.definition()).bind("source", t.source()).add();
        }
        execute(terms);
        PreparedBatch references = h.prepareBatch("""
                INSERT INTO edition_reference (edition_id, position, ref_key, code, ref_edition, title, normative)
                VALUES (:e, :p, :key, :code, :edition, :title, :normative)""");
        position = 0;
        for (Reference r : content.references()) {
            references.bind("e", editionId).bind("p", ++position).bind("key", r.key()).bind("code", r.code())
                    .bind("edition", r.edition()).bind("title", r.title()).bind("normative", r.normative()).add();
        }
        execute(references);
        PreparedBatch requirements = h.prepareBatch("""
                INSERT INTO requirement (edition_id, position, requirement_id, clause_key, statement, obligation,
                                         requirement_class, revision)
                VALUES (:e, :p, :id, :clause, :statement, :obligation, :cls, :revision)""");
        position = 0;
        for (Requirement r : content.requirements()) {
            requirements.bind("e", editionId).bind("p", ++position).bind("id", r.id()).bind("clause", r.clauseKey())
                    .bind("statement", r.statement()).bind("obligation", r.obligation().name())
                    .bind("cls", r.requirementClass()).bind("revision", r.revision()).add();
        }
        execute(requirements);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void insertClauses(Handle h, long editionId, Long parentId, List<Clause> clauses) {
        int position = 0;
        for (Clause c : clauses) {
            long id = h.createUpdate("""
                            INSERT INTO clause (edition_id, parent_id, position, clause_key, heading, body)
                            VALUES (:e, :parent, :p, :key, :heading, :body)""")
                    .bind("e", editionId).bind("parent", parentId).bind("p", ++position).bind("key", c.key())
                    .bind("heading", c.heading()).bind("body", c.body())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertClauses(h, editionId, id, c.children());
        }
    }

    @Override
    public long clauseVersion(long editionId, String clauseKey) throws StandardsException {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM clause WHERE edition_id = :e AND clause_key = :k")
                .bind("e", editionId).bind("k", clauseKey).mapTo(Long.class).findOne()
                .orElseThrow(() -> new StandardsException("clause.unknown", clauseKey)));
    }

    @Override
    public long updateClause(long editionId, String clauseKey, long expectedVersion, String heading, String body)
            throws StandardsException {
        return jdbi.inTransaction(h -> {
            requireDraft(h, editionId);
            int updated = h.createUpdate("""
                            UPDATE clause SET heading = :heading, body = :body, version = version + 1
                            WHERE edition_id = :e AND clause_key = :k AND version = :v""")
                    .bind("heading", heading).bind("body", body).bind("e", editionId).bind("k", clauseKey)
                    .bind("v", expectedVersion)
                    .execute();
            if (updated == 0) {
                String current = h.createQuery("SELECT heading FROM clause WHERE edition_id = :e AND clause_key = :k")
                        .bind("e", editionId).bind("k", clauseKey).mapTo(String.class).findOne()
                        .orElseThrow(() -> new StandardsException("clause.unknown", clauseKey));
                throw new EditConflictException("edit.conflict.clause", current, clauseKey);
            }
            return expectedVersion + 1;
        });
    }

    @Override
    public long requirementVersion(long editionId, String requirementId) throws StandardsException {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version FROM requirement WHERE edition_id = :e AND requirement_id = :id")
                .bind("e", editionId).bind("id", requirementId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new StandardsException("requirement.unknown", requirementId)));
    }

    @Override
    public Requirement updateRequirement(long editionId, String requirementId, long expectedVersion, String statement,
                                         Obligation obligation, String requirementClass) throws StandardsException {
        return jdbi.inTransaction(h -> {
            requireDraft(h, editionId);
            Requirement before = load(h, editionId).requirement(requirementId)
                    .orElseThrow(() -> new StandardsException("requirement.unknown", requirementId));
            int revision = Objects.equals(before.statement(), statement) ? before.revision() : before.revision() + 1;
            int updated = h.createUpdate("""
                            UPDATE requirement SET statement = :statement, obligation = :obligation,
                                   requirement_class = :cls, revision = :revision, version = version + 1
                            WHERE edition_id = :e AND requirement_id = :id AND version = :v""")
                    .bind("statement", statement).bind("obligation", obligation.name()).bind("cls", requirementClass)
                    .bind("revision", revision).bind("e", editionId).bind("id", requirementId).bind("v", expectedVersion)
                    .execute();
            if (updated == 0) {
                throw new EditConflictException("edit.conflict.requirement", requirementId);
            }
            return new Requirement(requirementId, before.clauseKey(), statement, obligation, requirementClass, revision);
        });
    }

    /** The one gate every content write passes: published, reviewed and withdrawn editions never change. */
    static void requireDraft(Handle h, long editionId) throws StandardsException {
        var row = h.createQuery("""
                        SELECT s.code, e.label, e.stage FROM edition e JOIN standard s ON s.id = e.standard_id
                        WHERE e.id = :e""")
                .bind("e", editionId)
                .map((rs, ctx) -> new String[] {rs.getString("code"), rs.getString("label"), rs.getString("stage")})
                .findOne()
                .orElseThrow(() -> new StandardsException("edition.unknownId", editionId));
        Stage stage = Stage.ofCode(row[2]).orElseThrow();
        if (!stage.isDraft()) {
            throw new StandardsException("edition.immutable", row[0] + "@" + row[1], stage.label(java.util.Locale.ENGLISH));
        }
    }
}
