package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normative.standards.library.Stage.COMMITTEE_DRAFT;
import static org.normative.standards.library.Stage.PUBLISHED;
import static org.normative.standards.library.Stage.WITHDRAWN;
import static org.normative.standards.links.LinkFixtures.at;
import static org.normative.standards.links.LinkFixtures.data;
import static org.normative.standards.links.LinkFixtures.link;
import static org.normative.standards.links.LinkFixtures.normative;
import static org.normative.standards.links.LinkFixtures.standard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.normative.standards.library.Standard;

class LinkGraphTest {

    private static final Standard S0101 = standard("DG/T 0101", "TC-DATA", "2020", WITHDRAWN, "2023", PUBLISHED,
            "2026", COMMITTEE_DRAFT);
    private static final Standard S0102 = standard("DG/T 0102", "TC-DATA", "2024", PUBLISHED);

    @Test
    void standardsAreVerticesAndEveryLinkIsAnEdgeIncludingParallelLinksAndLinksInsideAStandard() {
        Link first = normative("DG/T 0102@2024", "DG/T 0101@2023#/req/a");
        Link same = normative("DG/T 0102@2024", "DG/T 0101@2023#/req/a");
        Link inside = link(LinkType.DEPENDS_ON, "DG/T 0101@2023#/req/b", "DG/T 0101@2023#/req/a");
        LinkGraph graph = LinkGraph.of(data(List.of(S0101, S0102), List.of(first, same, inside,
                link(LinkType.ADOPTS, "DG/T 0102@2024", "ISO/IEC 27001@2022"))));

        assertThat(graph.codes()).containsExactly("DG/T 0101", "DG/T 0102", "ISO/IEC 27001");
        assertThat(graph.graph().getAllEdges("DG/T 0102", "DG/T 0101")).hasSize(2);
        assertThat(graph.graph().getAllEdges("DG/T 0101", "DG/T 0101")).singleElement()
                .satisfies(e -> assertThat(e.link()).isSameAs(inside));
        assertThat(graph.inLibrary("ISO/IEC 27001")).isFalse();
        assertThat(graph.committee("ISO/IEC 27001")).isNull();
        assertThat(graph.committee("DG/T 0102")).isEqualTo("TC-DATA");
        assertThatThrownBy(() -> graph.graph().addVertex("DG/T 9999")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void codeLooksInternalWhenItsPrefixBeforeTheFirstSpaceIsOneOfTheLibrarys() {
        LinkGraph graph = LinkGraph.of(data(List.of(S0101, standard("TCNOSPACE", "TC")), List.of()));

        assertThat(graph.looksInternal("DG/T 0999")).isTrue();
        assertThat(graph.looksInternal("DG/T 0101.2")).isTrue();
        assertThat(graph.looksInternal("ISO/IEC 27001")).isFalse();
        assertThat(graph.looksInternal("DG/T0101")).isFalse();
        assertThat(graph.looksInternal("TCNOSPACE")).isTrue();
    }

    @Test
    void undatedLinksMeanTheNewestPublishedEditionAndLaterDraftsOrUnknownEditionsCountAsNewer() {
        LinkGraph graph = LinkGraph.of(data(List.of(S0101), List.of()));

        assertThat(graph.isSupersededForUndated("DG/T 0101", "2020")).isTrue();
        assertThat(graph.isSupersededForUndated("DG/T 0101", "2023")).isFalse();
        assertThat(graph.isSupersededForUndated("DG/T 0101", "2026")).isFalse();
        assertThat(graph.isSupersededForUndated("DG/T 0101", "2030")).isFalse();
        assertThat(graph.isSupersededForUndated("ISO/IEC 27001", "2013")).isFalse();
    }

    @Test
    void withdrawnTextIsAWithdrawnEditionOrAStandardWhoseEditionsAreAllWithdrawn() {
        LinkGraph graph = LinkGraph.of(data(List.of(S0101,
                standard("DG/T 0201", "TC", "1", WITHDRAWN), standard("DG/T 0202", "TC")), List.of()));

        assertThat(graph.isWithdrawn(at("DG/T 0101@2020"))).isTrue();
        assertThat(graph.isWithdrawn(at("DG/T 0101@2020#/req/a"))).isTrue();
        assertThat(graph.isWithdrawn(at("DG/T 0101@2023"))).isFalse();
        assertThat(graph.isWithdrawn(at("DG/T 0101"))).isFalse();
        assertThat(graph.isWithdrawn(at("DG/T 0201"))).isTrue();
        assertThat(graph.isWithdrawn(at("DG/T 0202"))).isFalse();
        assertThat(graph.isWithdrawn(at("ISO/IEC 27001"))).isFalse();
    }
}
