package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.links.store.JdbiLinkRepository;
import org.normative.standards.workspace.Workspace;

/** Stored and derived links of the demo library, fingerprints, suspect links and their review. */
class LinkServiceTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private SqlLibrary library;
    private LinkService links;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp);
        library = new SqlLibrary(workspace);
        new DemoLibrary(library).install();
        links = new LinkService(library, new JdbiLinkRepository(workspace), "li.wei");
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static List<Link> suspect(LinkGraphData data) {
        return data.links().stream().filter(l -> !l.derived())
                .filter(l -> data.currentFingerprints().containsKey(l.target().toString()))
                .filter(l -> !data.currentFingerprints().get(l.target().toString()).equals(l.reviewedFingerprint()))
                .toList();
    }

    @Test
    void referencesOfEditionsBecomeDerivedLinks() throws Exception {
        LinkGraphData data = links.snapshot();

        assertThat(data.links()).filteredOn(Link::derived)
                .extracting(l -> l.source() + " -> " + l.target(), Link::type)
                .contains(org.assertj.core.groups.Tuple.tuple("DG/T 0102@2023 -> DG/T 0201@2022", LinkType.NORMATIVE_REFERENCE),
                        org.assertj.core.groups.Tuple.tuple("DG/T 0102@2026 -> DG/T 0101", LinkType.NORMATIVE_REFERENCE));
        // a withdrawn edition's references are not links any more
        assertThat(data.links()).noneMatch(l -> l.derived() && l.source().toString().equals("DG/T 0201@2022"));
    }

    @Test
    void demoLinksSpanCommitteesIncludingAnAdoptionAndOneSuspectLink() throws Exception {
        LinkGraphData data = links.snapshot();

        List<Link> stored = data.links().stream().filter(l -> !l.derived()).toList();
        assertThat(stored).hasSize(8);
        assertThat(stored).filteredOn(l -> l.type() == LinkType.ADOPTS).singleElement()
                .satisfies(l -> {
                    assertThat(l.target()).isEqualTo(Endpoint.edition("ISO/IEC 27001", "2022"));
                    assertThat(l.degree()).isEqualTo(AdoptionDegree.MOD);
                });
        assertThat(data.currentFingerprints()).doesNotContainKey("ISO/IEC 27001@2022");
        assertThat(suspect(data)).extracting(l -> l.target().toString()).containsExactly("DG/T 0102@2026");
    }

    @Test
    void reviewClearsASuspectLinkAndAChangedTargetMakesItSuspectAgain() throws Exception {
        Link planted = suspect(links.snapshot()).get(0);

        links.review(planted.id());

        assertThat(suspect(links.snapshot())).isEmpty();
        EditionService editions = new EditionService(library);
        EditionRef draft = new EditionRef("DG/T 0102", "2026");
        editions.updateClause(draft, "paging", editions.clauseVersion(draft, "paging"), "Paging", "Collections shall be paged by cursor.");
        assertThat(suspect(links.snapshot())).extracting(Link::id).containsExactly(planted.id());
        assertThat(library.audit().history("DG/T 0301@2025", 5)).extracting(e -> e.action()).contains("link.review");
    }

    @Test
    void aNewLinkIsRecordedAsReviewedAndNeedsASourceInTheLibrary() throws Exception {
        long id = links.addLink(LinkType.DEPENDS_ON, Endpoint.parse("DG/T 0202@2026"), Endpoint.parse("DG/T 0101@2023"), null, null);

        assertThat(suspect(links.snapshot())).extracting(Link::id).doesNotContain(id);
        assertThatThrownBy(() -> links.addLink(LinkType.DEPENDS_ON, Endpoint.parse("XX 1"), Endpoint.parse("DG/T 0101"), null, null))
                .hasFieldOrPropertyWithValue("messageKey", "link.unknownSource");
    }

    @Test
    void coordinationListShowsSuspectCrossCommitteeLinksFromBothSidesUntilReviewed() throws Exception {
        LinkGraphData data = links.snapshot();

        CoordinationList services = CoordinationList.of(data, "TC-SERV");
        CoordinationList dataCommittee = CoordinationList.of(data, "TC-DATA");

        assertThat(services.toReview()).extracting(i -> i.source() + " -> " + i.target(), CoordinationList.Item::otherCommittee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DG/T 0301@2025 -> DG/T 0102@2026", "TC-DATA"));
        assertThat(services.awaitingOthers()).isEmpty();
        assertThat(dataCommittee.awaitingOthers()).extracting(CoordinationList.Item::otherCommittee).containsExactly("TC-SERV");
        assertThat(services.toText(java.util.Locale.ENGLISH)).contains("To review", "DG/T 0301@2025 -> DG/T 0102@2026");

        links.review(services.toReview().get(0).linkId());

        assertThat(CoordinationList.of(links.snapshot(), "TC-SERV").isEmpty()).isTrue();
    }

    @Test
    void endpointsParseAsPeopleWriteThem() {
        assertThat(Endpoint.parse("DG/T 0101")).isEqualTo(Endpoint.standard("DG/T 0101"));
        assertThat(Endpoint.parse("DG/T 0101@2023")).isEqualTo(Endpoint.edition("DG/T 0101", "2023"));
        assertThat(Endpoint.parse("DG/T 0101@2023#/req/dg-0101/naming-structure"))
                .isEqualTo(new Endpoint("DG/T 0101", "2023", "/req/dg-0101/naming-structure"));
        assertThat(Endpoint.parse("ISO/IEC 27001@2022").toString()).isEqualTo("ISO/IEC 27001@2022");
    }
}
