package org.normative.standards.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.LocalizedText;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

class FrameworkServiceTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private SqlLibrary library;
    private FrameworkService framework;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp);
        library = new SqlLibrary(workspace);
        new DemoLibrary(library).install();
        framework = new FrameworkService(library, "li.wei");
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static FrameworkCoverage.Row row(FrameworkCoverage coverage, String code) {
        return coverage.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void coverageCountsStandardsOnEachNodeAndBelowByStage() throws Exception {
        FrameworkCoverage coverage = framework.coverage();

        assertThat(coverage.rows().get(0).code()).isEqualTo("100");
        assertThat(row(coverage, "400")).extracting(FrameworkCoverage.Row::published, FrameworkCoverage.Row::drafts)
                .containsExactly(1, 2); // DG/T 0201 published; DG/T 0202 working draft, DG/T 0203 enquiry draft
        assertThat(row(coverage, "410").depth()).isEqualTo(1);
        assertThat(coverage.gaps()).extracting(FrameworkCoverage.Row::code)
                .contains("120", "200", "210", "420", "430", "520", "530", "700")
                .doesNotContain("100", "300", "410", "500", "510", "600");
        assertThat(coverage.unplaced()).isEmpty();
        assertThat(coverage.toText(Locale.ENGLISH)).contains("420 Electronic licences  0 / 1 / 0  no published standard");
    }

    @Test
    void nodesAreAddedAndStandardsPlacedWithTheAuditTrail() throws Exception {
        framework.addNode("440", "400", LocalizedText.of("Electronic seals", "电子印章"));
        framework.place("DG/T 0202", "440");

        FrameworkCoverage coverage = framework.coverage();
        assertThat(row(coverage, "440").drafts()).isEqualTo(1);
        assertThat(row(coverage, "420").total()).isZero();
        assertThat(library.service().requireStandard("DG/T 0202").frameworkCode()).isEqualTo("440");
        assertThat(library.audit().history(null, 2)).extracting(e -> e.action()).containsExactly("standard.place", "framework.add");
        assertThatThrownBy(() -> framework.addNode("440", null, LocalizedText.of("x", null)))
                .hasFieldOrPropertyWithValue("messageKey", "framework.exists");
        assertThatThrownBy(() -> framework.place("DG/T 0202", "999")).hasFieldOrPropertyWithValue("messageKey", "framework.unknown");
    }
}
