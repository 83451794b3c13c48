package org.normative.standards.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void newFolderBecomesWorkspaceAtCurrentSchema() throws Exception {
        Path dir = temp.resolve("fresh");

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.schemaVersion()).isEqualTo("5");
            assertThat(workspace.directory()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(new SqlLibrary(workspace).service().isEmpty()).isTrue();
        }
        assertThat(dir.resolve("db")).isDirectory();
        assertThat(dir.resolve("blobs")).isDirectory();
        assertThat(dir.resolve(WorkspaceLock.FILE_NAME)).isRegularFile();
    }

    @Test
    void reopeningKeepsData() throws Exception {
        try (Workspace workspace = Workspace.open(temp)) {
            new SqlLibrary(workspace).committees().add(new Committee("TC-X", LocalizedText.of("X", "某"), "x"));
        }

        try (Workspace workspace = Workspace.open(temp)) {
            assertThat(new SqlLibrary(workspace).service().committees())
                    .containsExactly(new Committee("TC-X", LocalizedText.of("X", "某"), "x"));
            assertThat(workspace.schemaVersion()).isEqualTo("5");
        }
    }

    @Test
    void workspaceOfOlderBuildIsMigratedOnOpenAndKeepsItsData() throws Exception {
        try (Workspace old = Workspace.open(temp, MigrationVersion.fromVersion("1"))) {
            assertThat(old.schemaVersion()).isEqualTo("1");
            Jdbi jdbi = old.jdbi();
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO committee (code, name_en, name_zh, domain) VALUES ('TC-OLD', 'Old', '旧', 'd')");
                h.execute("""
                        INSERT INTO standard (code, title_en, title_zh, committee_id)
                        VALUES ('OLD 1', 'Old standard', '旧标准', (SELECT id FROM committee WHERE code = 'TC-OLD'))""");
                h.execute("""
                        INSERT INTO edition (standard_id, label, stage, published_on)
                        VALUES ((SELECT id FROM standard WHERE code = 'OLD 1'), '2020', '60.60', DATE '2020-05-01')""");
            });
            int clauseTables = jdbi.withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'CLAUSE'")
                    .mapTo(Integer.class).one());
            assertThat(clauseTables).isZero();
        }

        try (Workspace migrated = Workspace.open(temp)) {
            assertThat(migrated.schemaVersion()).isEqualTo("5");
            SqlLibrary library = new SqlLibrary(migrated);
            Standard standard = library.service().requireStandard("OLD 1");
            assertThat(standard.title()).isEqualTo(LocalizedText.of("Old standard", "旧标准"));
            assertThat(standard.committeeCode()).isEqualTo("TC-OLD");
            assertThat(standard.editions()).singleElement().satisfies(e -> {
                assertThat(e.label()).isEqualTo("2020");
                assertThat(e.stage()).isEqualTo(Stage.PUBLISHED);
            });
            // the tables of V2 and V3 are usable with the old rows: a new edition with content revises the old one
            long editionId = library.standards().addEdition("OLD 1",
                    new org.normative.standards.library.Edition(0, "2026", Stage.WORKING_DRAFT, null, null, null, "2020"),
                    new org.normative.standards.library.EditionContent(java.util.List.of(
                            new org.normative.standards.library.Clause(0, "scope", "", "Scope", "", java.util.List.of())),
                            java.util.List.of(), java.util.List.of(), java.util.List.of()));
            assertThat(library.clauses().findByEdition(editionId)).hasSize(1);
            assertThat(library.service().requireStandard("OLD 1").edition("2026").orElseThrow().revisesLabel()).isEqualTo("2020");
        }
    }

    @Test
    void fileIsRefusedAsWorkspace() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a workspace");

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOfSatisfying(StandardsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workspace.notDirectory");
                    assertThat(e.userMessage(Locale.ENGLISH)).contains(file.toString());
                });
        assertThat(file).hasContent("not a workspace");
    }

    @Test
    void workspaceOfNewerBuildIsRefusedAndLeftUntouched() throws Exception {
        try (Workspace workspace = Workspace.open(temp)) {
            workspace.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO "flyway_schema_history"
                        ("installed_rank", "version", "description", "type", "script", "checksum",
                         "installed_by", "execution_time", "success")
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'normative', 0, TRUE)"""));
        }

        for (int attempt = 0; attempt < 2; attempt++) {
            // the second attempt shows that the refusal released the workspace lock
            assertThatThrownBy(() -> Workspace.open(temp))
                    .isInstanceOfSatisfying(StandardsException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("workspace.tooNew");
                        assertThat(e.userMessage(Locale.ENGLISH))
                                .contains(temp.toString()).contains("schema 99").contains("up to 5");
                    });
        }
    }

    @Test
    void resetEmptiesWorkspaceAndItCanBeFilledAgain() throws Exception {
        try (Workspace workspace = Workspace.open(temp)) {
            SqlLibrary library = new SqlLibrary(workspace);
            library.committees().add(new Committee("TC-A", LocalizedText.of("A", null), null));
            String hash = workspace.blobs().put(new ByteArrayInputStream(new byte[] {1, 2, 3})).sha256();

            workspace.reset();

            assertThat(workspace.schemaVersion()).isEqualTo("5");
            assertThat(library.service().committees()).isEmpty();
            assertThat(workspace.blobs().contains(hash)).isFalse();
            library.committees().add(new Committee("TC-A", LocalizedText.of("A again", null), null));
            assertThat(library.service().committees()).extracting(c -> c.name().en()).containsExactly("A again");
        }
    }
}
