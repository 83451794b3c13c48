package org.normative.standards.library.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.StandardRepository;

final class JdbiStandardRepository implements StandardRepository {

    private static final String SELECT_STANDARDS = """
            SELECT s.id, s.code, s.title_en, s.title_zh, c.code AS committee_code, f.code AS framework_code
            FROM standard s
            JOIN committee c ON c.id = s.committee_id
            LEFT JOIN framework_node f ON f.id = s.framework_node_id
            """;

    private static final String SELECT_EDITIONS = """
            SELECT e.id, e.standard_id, e.label, e.stage, e.published_on, e.implemented_on, e.withdrawn_on,
                   r.label AS revises_label
            FROM edition e LEFT JOIN edition r ON r.id = e.revises_id
            """;

    private final Jdbi jdbi;

    JdbiStandardRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(long id, String code, LocalizedText title, String committee, String framework) {
    }

    @Override
    public List<Standard> findAll() {
        return jdbi.withHandle(h -> {
            List<Row> rows = h.createQuery(SELECT_STANDARDS + " ORDER BY s.code").map(JdbiStandardRepository::row).list();
            Map<Long, List<Edition>> editions = new HashMap<>();
            h.createQuery(SELECT_EDITIONS + " ORDER BY e.standard_id, e.id")
                    .map((rs, ctx) -> Map.entry(rs.getLong("standard_id"), edition(rs)))
                    .forEach(e -> editions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return rows.stream().map(r -> standard(r, editions.getOrDefault(r.id(), List.of()))).toList();
        });
    }

    @Override
    public Optional<Standard> findByCode(String code) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_STANDARDS + " WHERE s.code = :code")
                .bind("code", code)
                .map(JdbiStandardRepository::row)
                .findOne()
                .map(r -> standard(r, editionsOf(h, r.id()))));
    }

    @Override
    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM standard").mapTo(Integer.class).one());
    }

    @Override
    public void add(StandardDocument document) throws StandardsException {
        jdbi.useTransaction(h -> {
            Standard standard = document.standard();
            boolean exists = h.createQuery("SELECT COUNT(*) FROM standard WHERE code = :code")
                    .bind("code", standard.code()).mapTo(Integer.class).one() > 0;
            if (exists) {
                throw new StandardsException("standard.exists", standard.code());
            }
            JdbiCommitteeRepository.insertIfMissing(h, document.committee());
            if (document.frameworkNode() != null) {
                JdbiFrameworkRepository.insertIfMissing(h, document.frameworkNode());
            }
            long id = h.createUpdate("""
                            INSERT INTO standard (code, title_en, title_zh, committee_id, framework_node_id)
                            VALUES (:code, :en, :zh, (SELECT id FROM committee WHERE code = :committee),
                                    (SELECT id FROM framework_node WHERE code = :framework))""")
                    .bind("code", standard.code())
                    .bind("en", standard.title().en())
                    .bind("zh", standard.title().zh())
                    .bind("committee", document.committee().code())
                    .bind("framework", document.frameworkNode() == null ? standard.frameworkCode() : document.frameworkNode().code())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
            for (StandardDocument.EditionDocument edition : document.editions()) {
                long editionId = insertEdition(h, id, edition.edition(), edition.baselineHash());
                JdbiEditionContentRepository.insert(h, editionId, edition.content());
            }
        });
    }

    @Override
    public long addEdition(String standardCode, Edition edition, EditionContent content) throws StandardsException {
        return jdbi.inTransaction(h -> {
            long standardId = h.createQuery("SELECT id FROM standard WHERE code = :code").bind("code", standardCode)
                    .mapTo(Long.class).findOne()
                    .orElseThrow(() -> new StandardsException("standard.unknown", standardCode));
            boolean labelTaken = h.createQuery("SELECT COUNT(*) FROM edition WHERE standard_id = :s AND label = :label")
                    .bind("s", standardId).bind("label", edition.label()).mapTo(Integer.class).one() > 0;
            if (labelTaken) {
                throw new StandardsException("edition.exists", standardCode, edition.label());
            }
            long editionId = insertEdition(h, standardId, edition, null);
            JdbiEditionContentRepository.insert(h, editionId, content);
            return editionId;
        });
    }

    private static long insertEdition(Handle h, long standardId, Edition edition, String baseline) {
        return h.createUpdate("""
                        INSERT INTO edition (standard_id, label, stage, published_on, implemented_on, withdrawn_on,
                                             revises_id, baseline_hash)
                        VALUES (:standard, :label, :stage, :published, :implemented, :withdrawn,
                                (SELECT id FROM edition WHERE standard_id = :standard AND label = :revises), :baseline)""")
                .bind("standard", standardId)
                .bind("label", edition.label())
                .bind("stage", edition.stage().code())
                .bind("published", edition.publishedOn())
                .bind("implemented", edition.implementedOn())
                .bind("withdrawn", edition.withdrawnOn())
                .bind("revises", edition.revisesLabel())
                .bind("baseline", baseline)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one();
    }

    @Override
    public void updateStage(long editionId, Stage stage, LocalDate publishedOn, LocalDate withdrawnOn, String baselineHash) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE edition SET stage = :stage,
                               published_on = COALESCE(:published, published_on),
                               withdrawn_on = COALESCE(:withdrawn, withdrawn_on),
                               baseline_hash = COALESCE(:baseline, baseline_hash),
                               baseline_at = CASE WHEN :baseline IS NULL THEN baseline_at ELSE CURRENT_TIMESTAMP END,
                               version = version + 1
                        WHERE id = :id""")
                .bind("stage", stage.code())
                .bind("published", publishedOn)
                .bind("withdrawn", withdrawnOn)
                .bind("baseline", baselineHash)
                .bind("id", editionId)
                .execute());
    }

    @Override
    public void updateFramework(String standardCode, String frameworkCode) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE standard SET framework_node_id = (SELECT id FROM framework_node WHERE code = :node),
                               version = version + 1
                        WHERE code = :code""")
                .bind("node", frameworkCode).bind("code", standardCode).execute());
    }

    @Override
    public Optional<String> baseline(long editionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT baseline_hash FROM edition WHERE id = :id")
                .bind("id", editionId).mapTo(String.class).findOne());
    }

    private static List<Edition> editionsOf(Handle h, long standardId) {
        return h.createQuery(SELECT_EDITIONS + " WHERE e.standard_id = :id ORDER BY e.id")
                .bind("id", standardId)
                .map((rs, ctx) -> edition(rs))
                .list();
    }

    private static Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("code"),
                LocalizedText.of(rs.getString("title_en"), rs.getString("title_zh")),
                rs.getString("committee_code"), rs.getString("framework_code"));
    }

    private static Standard standard(Row row, List<Edition> editions) {
        return new Standard(row.code(), row.title(), row.committee(), row.framework(), editions);
    }

    private static Edition edition(ResultSet rs) throws SQLException {
        String code = rs.getString("stage");
        Stage stage = Stage.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown stage code " + code));
        return new Edition(rs.getLong("id"), rs.getString("label"), stage, date(rs, "published_on"),
                date(rs, "implemented_on"), date(rs, "withdrawn_on"), rs.getString("revises_label"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
