package org.normative.standards.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;

/**
 * The bundled demo library: committees, the framework and standards with editions in different stages, in English
 * and Chinese, so a newcomer sees a working library the first time the app opens. Installed in one transaction.
 */
public final class DemoLibrary {

    private static final String RESOURCE = "library.json";

    private final SqlLibrary library;

    public DemoLibrary(SqlLibrary library) {
        this.library = library;
    }

    /**
     * Installs the demo into a workspace that holds no standards and returns the number of standards added. Nothing
     * is written if any part fails.
     */
    public int install() throws StandardsException {
        if (!library.service().isEmpty()) {
            throw new StandardsException("demo.notEmpty");
        }
        Content content = read();
        try {
            library.inTransaction(() -> write(content));
        } catch (RuntimeException e) {
            throw new StandardsException(e, "workspace.database", e.getMessage());
        }
        return content.standards().size();
    }

    private void write(Content content) throws StandardsException {
        List<Node> nodes = content.framework();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            library.framework().add(new FrameworkNode(n.code(), n.parent(), LocalizedText.of(n.en(), n.zh())), i + 1);
        }
        for (DemoCommittee c : content.committees()) {
            library.committees().add(new Committee(c.code(), LocalizedText.of(c.en(), c.zh()), c.domain()));
        }
        for (DemoStandard s : content.standards()) {
            List<Edition> editions = new ArrayList<>();
            for (DemoEdition e : s.editions()) {
                Stage stage = Stage.ofCode(e.stage())
                        .orElseThrow(() -> new StandardsException("demo.unreadable", "unknown stage " + e.stage()));
                editions.add(new Edition(0, e.label(), stage, e.published(), e.implemented(), e.withdrawn(), e.revises()));
            }
            library.standards().add(new Standard(s.code(), LocalizedText.of(s.en(), s.zh()), s.committee(), s.framework(), editions));
            Standard stored = library.standards().findByCode(s.code()).orElseThrow();
            for (DemoEdition e : s.editions()) {
                long editionId = stored.edition(e.label()).orElseThrow().id();
                addClauses(editionId, null, e.clauses());
            }
        }
    }

    private void addClauses(long editionId, Long parentId, List<DemoClause> clauses) {
        for (DemoClause c : clauses) {
            long id = library.clauses().add(editionId, parentId, c.key(), c.heading(), c.body());
            addClauses(editionId, id, c.children());
        }
    }

    private static Content read() throws StandardsException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = DemoLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StandardsException("demo.unreadable", RESOURCE + " is missing");
            }
            return mapper.readValue(in, Content.class);
        } catch (IOException e) {
            throw new StandardsException(e, "demo.unreadable", e.getMessage());
        }
    }

    record Content(List<Node> framework, List<DemoCommittee> committees, List<DemoStandard> standards) {
    }

    record Node(String code, String parent, String en, String zh) {
    }

    record DemoCommittee(String code, String en, String zh, String domain) {
    }

    record DemoStandard(String code, String committee, String framework, String en, String zh,
                        List<DemoEdition> editions) {
    }

    record DemoEdition(String label, String stage, String revises, LocalDate published, LocalDate implemented,
                       LocalDate withdrawn, List<DemoClause> clauses) {
    }

    record DemoClause(String key, String heading, String body, List<DemoClause> children) {
        DemoClause {
            children = children == null ? List.of() : children;
        }
    }
}
