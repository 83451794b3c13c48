package org.normative.standards.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

class DemoLibraryTest {

    private static final List<String> TABLES = List.of("committee", "framework_node", "standard", "edition", "clause");

    /** One installed demo, shared by the tests that only read it. */
    @TempDir
    static Path installedDir;

    private static Workspace installed;
    private static LibraryService demo;
    private static int installedCount;

    @TempDir
    Path temp;

    @BeforeAll
    static void installDemo() throws Exception {
        installed = Workspace.open(installedDir);
        SqlLibrary library = new SqlLibrary(installed);
        installedCount = new DemoLibrary(library).install();
        demo = library.service();
    }

    @AfterAll
    static void closeDemo() {
        installed.close();
    }

    @Test
    void installsIntoEmptyWorkspaceAndCountsStandards() throws Exception {
        assertThat(installedCount).isEqualTo(demo.standards().size());
        assertThat(demo.isEmpty()).isFalse();
    }

    @Test
    void hasSeveralCommitteesAndStandards() throws Exception {
        assertThat(demo.committees()).hasSizeGreaterThanOrEqualTo(3)
                .extracting(Committee::code).contains("TC-DATA");
        assertThat(demo.standards()).hasSizeGreaterThanOrEqualTo(4);
        Set<String> committeeCodes = demo.committees().stream().map(Committee::code).collect(Collectors.toSet());
        assertThat(demo.standards()).allSatisfy(s -> assertThat(committeeCodes).contains(s.committeeCode()));
    }

    @Test
    void editionsAreInDifferentStagesIncludingPublishedAndWithdrawn() throws Exception {
        List<Edition> editions = demo.standards().stream().flatMap(s -> s.editions().stream()).toList();
        Set<Stage> stages = editions.stream().map(Edition::stage).collect(Collectors.toSet());

        assertThat(stages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(stages).anyMatch(Stage::isPublished).anyMatch(Stage::isWithdrawn).anyMatch(Stage::isDraft);
        assertThat(editions).filteredOn(e -> e.stage() == Stage.PUBLISHED).allSatisfy(e -> assertThat(e.publishedOn()).isNotNull());
    }

    @Test
    void revisionPointsAtEarlierEdition() throws Exception {
        Standard identity = demo.requireStandard("DG/T 0201");

        assertThat(identity.editions()).extracting(Edition::label, Edition::stage, Edition::revisesLabel)
                .containsExactly(
                        tuple("2022", Stage.WITHDRAWN, null),
                        tuple("2025", Stage.PUBLISHED, "2022"));
        assertThat(identity.currentEdition()).map(Edition::label).hasValue("2025");
    }

    @Test
    void clauseNumbersFollowPosition() throws Exception {
        Edition edition = demo.requireStandard("DG/T 0101").edition("2023").orElseThrow();

        List<Clause> clauses = demo.clauses(edition);

        assertThat(clauses).extracting(Clause::number, Clause::key)
                .containsExactly(
                        tuple("1", "scope"),
                        tuple("2", "refs"),
                        tuple("3", "naming"),
                        tuple("4", "ident"));
        assertThat(clauses.get(2).children()).extracting(Clause::number, Clause::key)
                .containsExactly(
                        tuple("3.1", "naming-structure"),
                        tuple("3.2", "naming-chars"));
    }

    @Test
    void chineseTextSurvivesRoundTrip() throws Exception {
        Standard dataElements = demo.requireStandard("DG/T 0101");

        assertThat(dataElements.title().zh()).isEqualTo("政务数据元 命名与标识规则");
        assertThat(dataElements.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("政务数据元 命名与标识规则");
        assertThat(demo.committees()).filteredOn(c -> c.code().equals("TC-DATA")).singleElement()
                .extracting(c -> c.name().zh()).isEqualTo("数据资源标准化技术委员会");
    }

    @Test
    void frameworkComesBackInTreeOrder() throws Exception {
        List<FrameworkNode> nodes = demo.framework();
        List<String> codes = nodes.stream().map(FrameworkNode::code).toList();

        assertThat(nodes).isNotEmpty();
        for (int i = 0; i < nodes.size(); i++) {
            String parent = nodes.get(i).parentCode();
            if (parent != null) {
                assertThat(codes.indexOf(parent)).as("parent of %s", codes.get(i)).isBetween(0, i - 1);
            }
        }
        assertThat(codes).startsWith("100", "110", "120", "200", "210");
        assertThat(nodes.get(0).name()).isEqualTo(LocalizedText.of("General and foundation", "总体与基础"));
    }

    @Test
    void installingTwiceFailsAndLeavesFirstInstallUnchanged() throws Exception {
        try (Workspace workspace = Workspace.open(temp)) {
            SqlLibrary library = new SqlLibrary(workspace);
            new DemoLibrary(library).install();
            Map<String, Integer> countsBefore = counts(workspace);
            List<Standard> standardsBefore = library.service().standards();

            assertThatThrownBy(() -> new DemoLibrary(library).install()).isInstanceOf(StandardsException.class)
                    .extracting(e -> ((StandardsException) e).messageKey()).isEqualTo("demo.notEmpty");

            assertThat(counts(workspace)).isEqualTo(countsBefore);
            assertThat(library.service().standards()).isEqualTo(standardsBefore);
        }
    }

    @Test
    void failedInstallRollsBackEverythingItWrote() throws Exception {
        try (Workspace workspace = Workspace.open(temp)) {
            SqlLibrary library = new SqlLibrary(workspace);
            // the last committee of the demo: the install writes the whole framework and four committees
            // before it collides with this one
            Committee existing = new Committee("TC-SEC", LocalizedText.of("Already here", null), null);
            library.committees().add(existing);

            assertThatThrownBy(() -> new DemoLibrary(library).install()).isInstanceOf(StandardsException.class)
                    .extracting(e -> ((StandardsException) e).messageKey()).isEqualTo("workspace.database");

            assertThat(library.service().committees()).containsExactly(existing);
            assertThat(counts(workspace)).containsEntry("framework_node", 0).containsEntry("standard", 0);
        }
    }

    private static Map<String, Integer> counts(Workspace workspace) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Integer.class).one()));
        }
        return counts;
    }
}
