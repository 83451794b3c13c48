package org.normative.conformance.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.Limits;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestSuites;
import org.normative.conformance.submission.MediaTypes;
import org.normative.conformance.submission.Submission;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

class ConformanceWorkspaceTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ConformanceWorkspace conformance;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        conformance = new ConformanceWorkspace(workspace, TestSuites.kinds(), Limits.DEFAULT, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anImportedSuiteIsKeptInTheWorkspaceAndFoundByItsId() throws Exception {
        Path folder = TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "pass"));
        InstalledSuite installed = conformance.importSuite(folder);
        assertThat(installed.folder()).startsWith(workspace.directory()).isDirectory();
        assertThat(conformance.suites()).extracting(s -> s.id().toString()).containsExactly("test:t:1.0.0");
        assertThat(conformance.findSuite("t")).contains(installed);
        assertThat(conformance.findSuite("test:t")).contains(installed);
        assertThat(conformance.findSuite("test:t:1.0.0")).contains(installed);
        assertThat(conformance.findSuite("test:t:2.0.0")).isEmpty();
        assertThat(conformance.load(installed).suite().testCases()).hasSize(1);

        conformance.importSuite(folder);
        assertThat(conformance.suites()).hasSize(1);
    }

    @Test
    void aSuiteCitingARequirementTheEditionLacksIsRefusedAndNothingIsStored() throws Exception {
        new DemoLibrary(new SqlLibrary(workspace)).install();
        Path folder = TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "pass")
                .replace("/req/dg-0102/openapi", "/req/dg-0102/telepathy"));
        assertThatThrownBy(() -> conformance.importSuite(folder))
                .hasMessageContaining("/req/dg-0102/telepathy").hasMessageContaining("DG/T 0102@2026");
        assertThat(conformance.suites()).isEmpty();
        assertThat(workspace.directory().resolve("suites")).doesNotExist();
    }

    @Test
    void aSubmissionKeepsItsArtifactsByHashWithTheDetectedMediaType() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "<?xml version=\"1.0\"?><a/>");
        Submission submission = conformance.createSubmission("Acme", "Portal", "1.0", "test:t",
                List.of(new ConformanceWorkspace.RoleFile("data", file)));
        Files.delete(file);
        Submission stored = conformance.submission(submission.id()).orElseThrow();
        assertThat(stored.artifacts()).hasSize(1);
        assertThat(stored.artifacts().get(0).mediaType()).isEqualTo(MediaTypes.XML);
        assertThat(stored.artifacts().get(0).name()).isEqualTo("report.json");
        assertThat(stored.artifacts().get(0).file()).exists().hasContent("<?xml version=\"1.0\"?><a/>");
        assertThat(conformance.submissions()).hasSize(1);
    }

    @Test
    void aRunRecordReadsBackAsItWasStored() throws Exception {
        InstalledSuite installed = conformance.importSuite(TestSuites.write(dir.resolve("suite"),
                TestSuites.testCase("/t/a", "core", "fail") + TestSuites.testCase("/t/b", "more", "pass")));
        Path file = dir.resolve("a.xml");
        Files.writeString(file, "<a/>");
        Submission submission = conformance.createSubmission("Acme", "Portal", "1.0", "test:t",
                List.of(new ConformanceWorkspace.RoleFile("data", file)));
        RunRecord record = new Runner(Limits.DEFAULT).run(RunRequest.of(conformance.load(installed),
                new Subject("Acme", "Portal", "1.0"), submission.artifacts(), List.of()), RunListener.NONE, new RunControl());
        conformance.saveRun(record, submission.id());

        assertThat(conformance.run(record.runId())).contains(record);
        assertThat(conformance.runs()).singleElement().satisfies(run -> {
            assertThat(run.verdict()).isEqualTo(OverallVerdict.NOT_CONFORMANT);
            assertThat(run.submissionId()).isEqualTo(submission.id());
            assertThat(run.suiteSha256()).isEqualTo(installed.sha256());
        });
    }

    @Test
    void aResetRemovesSuitesAndSubmissions() throws Exception {
        conformance.importSuite(TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "pass")));
        workspace.reset();
        assertThat(conformance.suites()).isEmpty();
        assertThat(workspace.directory().resolve("suites")).doesNotExist();
    }
}
