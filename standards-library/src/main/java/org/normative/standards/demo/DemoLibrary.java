package org.normative.standards.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Member;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Role;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.Term;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.links.AdoptionDegree;
import org.normative.standards.links.Endpoint;
import org.normative.standards.links.LinkService;
import org.normative.standards.links.LinkType;
import org.normative.standards.links.store.JdbiLinkRepository;

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
        Map<String, Committee> committees = content.committees().stream()
                .map(c -> new Committee(c.code(), LocalizedText.of(c.en(), c.zh()), c.domain(),
                        c.members().stream().map(m -> new Member(m.person(), m.organisation(), m.role())).toList(),
                        c.liaisons()))
                .collect(Collectors.toMap(Committee::code, Function.identity()));
        for (DemoCommittee c : content.committees()) {
            // members and liaisons go in once every committee exists
            library.committees().add(new Committee(c.code(), LocalizedText.of(c.en(), c.zh()), c.domain()));
        }
        library.committees().addMembersAndLiaisons(List.copyOf(committees.values()));
        for (DemoStandard s : content.standards()) {
            library.standards().add(document(s, committees.get(s.committee())));
        }
        LinkService links = new LinkService(library, new JdbiLinkRepository(library.workspace()));
        for (DemoLink link : content.links()) {
            if (link.reviewedAgainst() != null) {
                links.addLinkReviewedAgainst(link.type(), Endpoint.parse(link.source()), Endpoint.parse(link.target()),
                        Endpoint.parse(link.reviewedAgainst()), link.note());
            } else {
                links.addLink(link.type(), Endpoint.parse(link.source()), Endpoint.parse(link.target()), link.degree(),
                        link.note());
            }
        }
        new DemoReview(library).install();
        library.audit().append(System.getProperty("user.name", "unknown"), "library.demo", "library",
                "installed the demo library: " + content.standards().size() + " standards");
    }

    private static StandardDocument document(DemoStandard s, Committee committee) throws StandardsException {
        List<StandardDocument.EditionDocument> editions = new ArrayList<>();
        for (DemoEdition e : s.editions()) {
            Stage stage = Stage.ofCode(e.stage())
                    .orElseThrow(() -> new StandardsException("demo.unreadable", "unknown stage " + e.stage()));
            Edition edition = new Edition(0, e.label(), stage, e.published(), e.implemented(), e.withdrawn(), e.revises());
            editions.add(new StandardDocument.EditionDocument(edition, content(e), null));
        }
        Standard standard = new Standard(s.code(), LocalizedText.of(s.en(), s.zh()), s.committee(), s.framework(),
                editions.stream().map(StandardDocument.EditionDocument::edition).toList());
        return new StandardDocument(committee, null, standard, editions);
    }

    private static EditionContent content(DemoEdition e) {
        return new EditionContent(clauses(e.clauses()),
                e.terms().stream().map(t -> new Term(t.key(), t.term(), t.definition(), t.source())).toList(),
                e.references().stream().map(r -> new Reference(r.key(), r.code(), r.edition(), r.title(), r.normative())).toList(),
                e.requirements().stream().map(r -> new Requirement(r.id(), r.clause(), r.statement(), r.obligation(),
                        r.requirementClass(), r.revision())).toList());
    }

    private static List<Clause> clauses(List<DemoClause> clauses) {
        return clauses.stream().map(c -> new Clause(0, c.key(), "", c.heading(), c.body(), clauses(c.children()))).toList();
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

    record Content(List<Node> framework, List<DemoCommittee> committees, List<DemoStandard> standards,
                   List<DemoLink> links) {
        Content {
            links = links == null ? List.of() : links;
        }
    }

    record DemoLink(LinkType type, String source, String target, AdoptionDegree degree, String note,
                    String reviewedAgainst) {
    }

    record Node(String code, String parent, String en, String zh) {
    }

    record DemoCommittee(String code, String en, String zh, String domain, List<DemoMember> members,
                         List<String> liaisons) {
        DemoCommittee {
            members = members == null ? List.of() : members;
            liaisons = liaisons == null ? List.of() : liaisons;
        }
    }

    record DemoMember(String person, String organisation, Role role) {
    }

    record DemoStandard(String code, String committee, String framework, String en, String zh,
                        List<DemoEdition> editions) {
    }

    record DemoEdition(String label, String stage, String revises, LocalDate published, LocalDate implemented,
                       LocalDate withdrawn, List<DemoClause> clauses, List<DemoTerm> terms,
                       List<DemoReference> references, List<DemoRequirement> requirements) {
        DemoEdition {
            terms = terms == null ? List.of() : terms;
            references = references == null ? List.of() : references;
            requirements = requirements == null ? List.of() : requirements;
        }
    }

    record DemoClause(String key, String heading, String body, List<DemoClause> children) {
        DemoClause {
            children = children == null ? List.of() : children;
        }
    }

    record DemoTerm(String key, String term, String definition, String source) {
    }

    record DemoReference(String key, String code, String edition, String title, boolean normative) {
    }

    record DemoRequirement(String id, String clause, String statement, Obligation obligation,
                           @com.fasterxml.jackson.annotation.JsonProperty("class") String requirementClass, int revision) {
        DemoRequirement {
            revision = revision == 0 ? 1 : revision;
        }
    }
}
