package org.normative.standards.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/** Tampering behind the tool's back, with plain SQL on the workspace database, is found by {@code verify}. */
class AuditTrailTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private AuditTrail audit;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp);
        audit = new SqlLibrary(workspace).audit();
        audit.append("li.wei", "edition.stage", "DG/T 0101@2026", "40.00 -> 40.20");
        audit.append("zhang.min", "clause.update", "DG/T 0101@2026", "naming v2");
        audit.append("li.wei", "requirement.update", "DG/T 0101@2026", "/req/dg-0101/naming r2 SHALL");
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private void sql(String statement) {
        workspace.jdbi().useHandle(h -> h.execute(statement));
    }

    @Test
    void untouchedChainIsIntact() {
        AuditVerification result = audit.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(audit.lastSeq()).isEqualTo(3);
    }

    @Test
    void alteredRowIsTheFirstBrokenEntry() {
        sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");

        AuditVerification result = audit.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.problem()).contains("content was changed");
    }

    @Test
    void rowRewrittenWithAFreshHashBreaksTheNextLink() {
        // a forger who recomputes the row's own hash still breaks the chain at the following entry
        AuditEntry second = audit.history(null, 3).get(1);
        String forged = org.normative.standards.audit.store.SqlAuditTrailAccess.hash(second.seq(), second.recordedAt(),
                "mallory", second.action(), second.subject(), second.detail(), second.previousHash());
        sql("UPDATE audit_log SET actor = 'mallory', hash = '" + forged + "' WHERE seq = 2");

        AuditVerification result = audit.verify();

        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.problem()).contains("does not follow");
    }

    @Test
    void deletedRowsAreFound() {
        sql("DELETE FROM audit_log WHERE seq = 2");
        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(3);
        assertThat(audit.verify().problem()).contains("entry 2 is missing");
    }

    @Test
    void truncatedTailIsFound() {
        sql("DELETE FROM audit_log WHERE seq = 3");

        AuditVerification result = audit.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("last entries were removed");
    }

    @Test
    void chainContinuesAcrossReopening() throws Exception {
        workspace.close();
        workspace = Workspace.open(temp);
        audit = new SqlLibrary(workspace).audit();

        audit.append("li.wei", "edition.create", "DG/T 0101@2027", "revises DG/T 0101@2023");

        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.history("DG/T 0101@2027", 5)).hasSize(1);
    }
}
