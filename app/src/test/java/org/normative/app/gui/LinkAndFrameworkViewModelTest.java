package org.normative.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.framework.CoverageRow;
import org.normative.app.gui.framework.FrameworkCoverageViewModel;
import org.normative.app.gui.links.CoordinationEntry;
import org.normative.app.gui.links.CoordinationViewModel;
import org.normative.app.gui.links.GraphEdge;
import org.normative.app.gui.links.GraphFilter;
import org.normative.app.gui.links.GraphNode;
import org.normative.app.gui.links.LinkGraphViewModel;
import org.normative.app.gui.main.MainViewModel;
import org.normative.app.gui.main.Tool;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.standards.links.LinkProblem;
import org.normative.standards.links.LinkType;
import org.normative.standards.workspace.Workspace;

/** The link graph, coordination and framework coverage view models on the demo library, without a window. */
class LinkAndFrameworkViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private AppContext context;
    private MainViewModel main;
    private RecordingDialogService dialogs;

    @BeforeEach
    void setUp() throws Exception {
        workspace = TestWorkspaces.withDemo(temp.resolve("workspace"));
        dialogs = new RecordingDialogService();
        context = TestWorkspaces.synchronousContext(workspace, temp, dialogs);
        main = new MainViewModel(context);
        main.start();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void graphShowsTheLibrarysStandardsWithTheSuspectLinkMarked() {
        main.show(Tool.LINK_GRAPH);
        LinkGraphViewModel graph = main.linkGraph();

        assertThat(main.selectedTabProperty().get()).isSameAs(graph);
        assertThat(codes(graph)).containsExactlyInAnyOrder("DG/T 0001", "DG/T 0101", "DG/T 0102", "DG/T 0201",
                "DG/T 0202", "DG/T 0203", "DG/T 0301", "DG/T 0401", "DG/T 0501", "DG/T 0701");
        GraphEdge dependsOn = edge(graph, "DG/T 0301", "DG/T 0102", LinkType.DEPENDS_ON);
        assertThat(dependsOn.suspect()).isTrue();
        assertThat(dependsOn.tooltip()).contains("DG/T 0301@2025 -> DG/T 0102@2026", "has changed since the link was last reviewed");
        assertThat(edge(graph, "DG/T 0102", "DG/T 0101", LinkType.NORMATIVE_REFERENCE).suspect()).isFalse();
        // a committee keeps its colour; the filters are the legend
        assertThat(graph.committeeFilters()).extracting(GraphFilter::key)
                .containsExactly("TC-DATA", "TC-GEN", "TC-PLAT", "TC-SEC", "TC-SERV", "");
        assertThat(node(graph, "DG/T 0101").styleClass()).isEqualTo(node(graph, "DG/T 0102").styleClass())
                .isNotEqualTo(node(graph, "DG/T 0201").styleClass());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void graphLayersPutWhatIsReferencedAboveWhatReferencesIt() {
        main.show(Tool.LINK_GRAPH);
        LinkGraphViewModel graph = main.linkGraph();

        assertThat(node(graph, "DG/T 0001").y()).isLessThan(node(graph, "DG/T 0101").y());
        assertThat(node(graph, "DG/T 0101").y()).isLessThan(node(graph, "DG/T 0102").y());
        assertThat(node(graph, "DG/T 0102").y()).isLessThan(node(graph, "DG/T 0301").y());
    }

    @Test
    void uncheckingACommitteeHidesItsStandardsAndTheirLinks() {
        main.show(Tool.LINK_GRAPH);
        LinkGraphViewModel graph = main.linkGraph();

        filter(graph.committeeFilters(), "TC-SEC").shownProperty().set(false);

        assertThat(codes(graph)).doesNotContain("DG/T 0401").contains("DG/T 0201");
        assertThat(graph.pictureProperty().get().edges()).noneMatch(e -> e.from().equals("DG/T 0401") || e.to().equals("DG/T 0401"));
        filter(graph.committeeFilters(), "TC-SEC").shownProperty().set(true);
        assertThat(codes(graph)).contains("DG/T 0401");
    }

    @Test
    void documentsOutsideTheLibraryShowOnlyWhenChecked() {
        main.show(Tool.LINK_GRAPH);
        LinkGraphViewModel graph = main.linkGraph();
        assertThat(codes(graph)).doesNotContain("ISO/IEC 27001");

        filter(graph.committeeFilters(), "").shownProperty().set(true);

        assertThat(codes(graph)).contains("ISO/IEC 27001", "GB/T 22239");
        assertThat(edge(graph, "DG/T 0401", "ISO/IEC 27001", LinkType.ADOPTS).tooltip()).contains("(adopts)", "national modifications");
    }

    @Test
    void uncheckingALinkTypeHidesItsEdgesAndKeepsTheStandards() {
        main.show(Tool.LINK_GRAPH);
        LinkGraphViewModel graph = main.linkGraph();

        filter(graph.typeFilters(), "NORMATIVE_REFERENCE").shownProperty().set(false);

        assertThat(graph.pictureProperty().get().edges()).isNotEmpty().noneMatch(e -> e.type() == LinkType.NORMATIVE_REFERENCE);
        assertThat(codes(graph)).hasSize(10);
    }

    @Test
    void filtersSurviveAReloadAndAChangeOfLanguage() {
        main.show(Tool.LINK_GRAPH);
        LinkGraphViewModel graph = main.linkGraph();
        filter(graph.committeeFilters(), "TC-GEN").shownProperty().set(false);

        main.setLanguage(Locale.SIMPLIFIED_CHINESE);
        graph.reload();

        assertThat(filter(graph.committeeFilters(), "TC-GEN").isShown()).isFalse();
        assertThat(codes(graph)).doesNotContain("DG/T 0001");
        assertThat(filter(graph.typeFilters(), "DEPENDS_ON").label()).isEqualTo("依赖");
        assertThat(node(graph, "DG/T 0102").title()).isEqualTo("政务数据开放 应用程序接口规范");
    }

    @Test
    void selectingInTheGraphSelectsInTheNavigatorAndTheInspectorShowsTheImpact() {
        main.show(Tool.LINK_GRAPH);

        main.linkGraph().select("DG/T 0201");

        assertThat(main.navigator().selectedProperty().get().code()).isEqualTo("DG/T 0201");
        assertThat(main.inspector().impact()).contains("DG/T 0102 -> DG/T 0201  (TC-DATA)", "DG/T 0401 -> DG/T 0201  (TC-SEC)");
        main.openSelected();
        assertThat(main.selectedTabProperty().get().tabTitle()).isEqualTo("DG/T 0201");
    }

    @Test
    void coordinationListsBothDirectionsAndAReviewTakesTheItemOff() throws Exception {
        main.show(Tool.COORDINATION);
        CoordinationViewModel coordination = main.coordination();
        main.show(Tool.LINK_GRAPH);

        coordination.committeeProperty().set("TC-DATA");
        assertThat(coordination.toReview()).isEmpty();
        assertThat(coordination.awaitingOthers()).extracting(CoordinationEntry::path)
                .containsExactly("DG/T 0301@2025 -> DG/T 0102@2026  (depends on)");
        coordination.committeeProperty().set("TC-SERV");
        assertThat(coordination.toReview()).singleElement().satisfies(entry -> {
            assertThat(entry.why()).contains("TC-DATA changed DG/T 0102@2026");
            assertThat(entry.note()).startsWith("Reviewed against the 2023 text");
        });

        coordination.markReviewed(coordination.toReview().get(0));

        assertThat(coordination.toReview()).isEmpty();
        assertThat(context.links().check().problems(LinkProblem.Kind.SUSPECT)).isEmpty();
        assertThat(edge(main.linkGraph(), "DG/T 0301", "DG/T 0102", LinkType.DEPENDS_ON).suspect()).isFalse();
        assertThat(context.sqlLibrary().audit().history("DG/T 0301@2025", 5)).anyMatch(e -> e.action().equals("link.review"));
        coordination.committeeProperty().set("TC-DATA");
        assertThat(coordination.awaitingOthers()).isEmpty();
    }

    @Test
    void coverageShowsCountsByStageAndTheNodesWithoutAPublishedStandard() {
        main.show(Tool.FRAMEWORK_COVERAGE);
        FrameworkCoverageViewModel coverage = main.coverage();

        assertThat(row(coverage, "400")).isEqualTo(new CoverageRow("400", "400  Platform support", 0, 1, 2, 0, false));
        assertThat(coverage.rows()).filteredOn(CoverageRow::gap).extracting(CoverageRow::code)
                .contains("120", "200", "210", "420", "430", "520", "700").doesNotContain("100", "300", "410", "500", "510");
        assertThat(coverage.topLevel()).extracting(CoverageRow::code).containsExactly("100", "200", "300", "400", "500", "600", "700");
    }

    @Test
    void addingANodeAndPlacingAStandardOnItShowInCoverageAndNavigator() {
        main.show(Tool.FRAMEWORK_COVERAGE);
        FrameworkCoverageViewModel coverage = main.coverage();
        coverage.selectedProperty().set("200");
        dialogs.textAnswers.add(List.of("220", "Government network", "政务外网"));
        dialogs.choiceAnswers.add("DG/T 0401");

        coverage.addNode();
        coverage.placeStandard("220");

        assertThat(row(coverage, "220")).isEqualTo(new CoverageRow("220", "220  Government network", 1, 1, 0, 0, false));
        assertThat(row(coverage, "200").gap()).isFalse();
        assertThat(main.navigator().snapshotProperty().get().standard("DG/T 0401").orElseThrow().frameworkCode()).isEqualTo("220");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aNodeWithoutCodeIsRefusedAndADuplicateCodeExplained() {
        main.show(Tool.FRAMEWORK_COVERAGE);
        FrameworkCoverageViewModel coverage = main.coverage();
        dialogs.textAnswers.add(List.of(" ", "Nameless", ""));
        dialogs.textAnswers.add(List.of("210", "Again", ""));

        coverage.addNode();
        coverage.addNode();

        assertThat(dialogs.errors).containsExactly("A node needs a code and a name.", "The framework already has a node 210.");
        assertThat(coverage.rows()).extracting(CoverageRow::code).doesNotHaveDuplicates();
    }

    private static List<String> codes(LinkGraphViewModel graph) {
        return graph.pictureProperty().get().nodes().stream().map(GraphNode::code).toList();
    }

    private static GraphNode node(LinkGraphViewModel graph, String code) {
        return graph.pictureProperty().get().node(code).orElseThrow();
    }

    private static GraphEdge edge(LinkGraphViewModel graph, String from, String to, LinkType type) {
        return graph.pictureProperty().get().edges().stream()
                .filter(e -> e.from().equals(from) && e.to().equals(to) && e.type() == type).findFirst().orElseThrow();
    }

    private static GraphFilter filter(List<GraphFilter> filters, String key) {
        return filters.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static CoverageRow row(FrameworkCoverageViewModel coverage, String code) {
        return coverage.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
