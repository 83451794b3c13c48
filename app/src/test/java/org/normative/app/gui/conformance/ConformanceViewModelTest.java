package org.normative.app.gui.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.app.gui.AppContext;
import org.normative.app.gui.RecordingDialogService;
import org.normative.app.gui.TestWorkspaces;
import org.normative.app.gui.conformance.dashboard.DashboardViewModel;
import org.normative.app.gui.conformance.dashboard.DayCount;
import org.normative.app.gui.conformance.evaluator.DecisionRow;
import org.normative.app.gui.conformance.evaluator.EvaluatorViewModel;
import org.normative.app.gui.conformance.evidence.EvidenceViewModel;
import org.normative.app.gui.conformance.results.ResultNode;
import org.normative.app.gui.conformance.results.ResultsViewModel;
import org.normative.app.gui.conformance.run.RunWizardViewModel;
import org.normative.app.gui.conformance.run.TestCaseProgress;
import org.normative.app.gui.conformance.submissions.SubmissionsViewModel;
import org.normative.app.gui.conformance.suites.MatrixRow;
import org.normative.app.gui.conformance.suites.SuitesViewModel;
import org.normative.app.gui.conformance.suites.TestCaseRow;
import org.normative.app.gui.tab.TabModel;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.run.OverallVerdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.Submission;
import org.normative.standards.workspace.Workspace;

/** The conformance view models on a workspace with the demo, a synchronous executor and no window. */
class ConformanceViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private RecordingDialogService dialogs;
    private AppContext context;
    private final List<TabModel> opened = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private ConformanceDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        workspace = TestWorkspaces.withConformanceDemo(temp.resolve("workspace"));
        dialogs = new RecordingDialogService();
        context = TestWorkspaces.synchronousContext(workspace, temp, dialogs);
        desk = new ConformanceDesk(context, new Workbench() {
            @Override
            public void open(TabModel tab) {
                opened.add(tab);
            }

            @Override
            public void openClause(String standardCode, String edition, String clauseNumber) {
                clauses.add(standardCode + "@" + edition + " " + clauseNumber);
            }
        });
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void matrixTracesEveryRequirementOfTheEditionAndOpensItsClause() {
        SuitesViewModel suites = desk.suites();
        suites.reload();
        suites.selectedProperty().set(suites.suites().stream().filter(s -> s.id().id().equals("dg-0102-api")).findFirst()
                .orElseThrow());

        MatrixRow paging = row(suites, "/req/dg-0102/paging");
        assertThat(paging.testCases()).containsExactly("/conf/dg-0102/core/paging", "/conf/dg-0102/core/paging-live");
        assertThat(paging.clauseNumber()).isEqualTo("5");
        assertThat(suites.matrix()).extracting(MatrixRow::requirementId).startsWith("/req/dg-0102/openapi");
        assertThat(suites.coverageProperty().get())
                .startsWith("6 of 6 requirements have a test case that can verify them; 0 have none; 0 only test cases marked");
        assertThat(suites.testCases()).filteredOn(TestCaseRow::standsOut).extracting(TestCaseRow::id)
                .containsExactly("/conf/dg-0102/core/paging-live");

        suites.openRequirement(paging);
        assertThat(clauses).containsExactly("DG/T 0102@2026 5");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anImportedSuiteShowsItsGapsAndTheRequirementsItMarksNotTestable() throws Exception {
        SuitesViewModel suites = desk.suites();
        suites.reload();
        Path folder = Files.createDirectories(temp.resolve("paging-only"));
        Files.writeString(folder.resolve("suite.xml"), """
                <suite xmlns="urn:normative:suite:1" group="test" id="paging-only" version="0.1.0" status="draft">
                  <title xml:lang="en">Paging only</title>
                  <standard code="DG/T 0102" edition="2026"/>
                  <artifact role="api" media-types="application/json application/yaml" required="false"/>
                  <class id="core"><title xml:lang="en">Core</title></class>
                  <test-case id="/conf/paging" class="core" requirements="/req/dg-0102/paging">
                    <title xml:lang="en">Paging, by hand</title>
                    <procedure xml:lang="en">Call a collection and look for a next link.</procedure>
                  </test-case>
                  <test-case id="/conf/error-code" class="core" requirements="/req/dg-0102/error-code">
                    <title xml:lang="en">Error codes are stable</title>
                    <not-testable xml:lang="en">Stability over time cannot be observed in one submission.</not-testable>
                  </test-case>
                </suite>
                """);

        suites.importSuites(List.of(folder));

        assertThat(dialogs.errors).isEmpty();
        assertThat(suites.selectedProperty().get().id().id()).isEqualTo("paging-only");
        assertThat(suites.matrix()).filteredOn(MatrixRow::uncovered).extracting(MatrixRow::requirementId)
                .containsExactly("/req/dg-0102/openapi", "/req/dg-0102/page-size", "/req/dg-0102/limit",
                        "/req/dg-0102/problem-json");
        assertThat(suites.matrix()).filteredOn(MatrixRow::notTestable).extracting(MatrixRow::requirementId)
                .containsExactly("/req/dg-0102/error-code");
        assertThat(suites.coverageProperty().get()).isEqualTo("1 of 6 requirements have a test case that can verify them; "
                + "4 have none; 1 only test cases marked not testable. 2 test cases: 1 manual (an evaluator judges them), "
                + "1 marked not testable.");
        assertThat(suites.testCases()).filteredOn(TestCaseRow::notTestable).extracting(TestCaseRow::notTestableReason)
                .containsExactly("Stability over time cannot be observed in one submission.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenSuiteIsRefusedWithTheLoadersMessageAndNothingIsImported() throws Exception {
        SuitesViewModel suites = desk.suites();
        suites.reload();
        int before = suites.suites().size();
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("suite.xml"), "<suite xmlns=\"urn:normative:suite:1\"><oops/></suite>");

        suites.importSuites(List.of(broken.resolve("suite.xml")));

        assertThat(dialogs.errors).hasSize(1).allSatisfy(message -> assertThat(message).doesNotContain("Exception"));
        assertThat(suites.suites()).hasSize(before);
    }

    @Test
    void droppedFilesGetTheRoleTheirMediaTypeSuggestsAndAreHashed() throws Exception {
        SubmissionsViewModel submissions = desk.submissions();
        dialogs.textAnswers.add(List.of("Zeta Data", "Zeta Portal", "2.0"));
        dialogs.choiceAnswers.add("dg:dg-0102-api");
        submissions.create();
        Submission created = submissions.selectedProperty().get();
        assertThat(created.system()).isEqualTo("Zeta Portal");
        Path demo = workspace.directory().resolve("demo-artifacts");
        dialogs.choiceAnswers.add("error-sample"); // JSON fits both roles: asked; YAML only the api role: not asked

        submissions.addFiles(List.of(demo.resolve("acme-open-data/openapi.yaml"), demo.resolve("beta-open-data/error-server.json")));

        assertThat(submissions.artifacts()).extracting(Artifact::name, Artifact::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("openapi.yaml", "api"),
                        org.assertj.core.groups.Tuple.tuple("error-server.json", "error-sample"));
        assertThat(dialogs.choiceAnswers).isEmpty();
        assertThat(submissions.artifacts()).allSatisfy(a -> assertThat(a.sha256()).hasSize(64));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void wizardRunsTheSuiteOnTheSubmissionShowsEveryTestCaseDoneAndOpensTheResults() {
        RunWizardViewModel wizard = runBeta();

        assertThat(wizard.progress()).isNotEmpty().allSatisfy(p -> assertThat(p.stateProperty().get())
                .isEqualTo(TestCaseProgress.State.DONE));
        assertThat(opened).last().isInstanceOf(ResultsViewModel.class);
        ResultsViewModel results = (ResultsViewModel) opened.get(opened.size() - 1);
        assertThat(results.run().orElseThrow().verdict()).isEqualTo(OverallVerdict.NOT_CONFORMANT);
        assertThat(results.verdictProperty().get()).contains("Not conformant");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void resultsFilterByVerdictAndSearchFindingsAndOpenTheClauseAndTheEvidence() {
        runBeta();
        ResultsViewModel results = (ResultsViewModel) opened.get(opened.size() - 1);

        results.verdictFilterProperty().set(Verdict.FAIL);
        List<ResultNode> failing = testCases(results.rootProperty().get());
        assertThat(failing).isNotEmpty().allSatisfy(t -> assertThat(t.verdict()).isEqualTo(Verdict.FAIL));
        results.verdictFilterProperty().set(Verdict.PASS);
        assertThat(testCases(results.rootProperty().get())).allSatisfy(t -> assertThat(t.verdict()).isEqualTo(Verdict.PASS));
        results.verdictFilterProperty().set(null);
        results.searchProperty().set("no-such-text-anywhere");
        assertThat(testCases(results.rootProperty().get())).isEmpty();
        results.searchProperty().set("");

        ResultNode finding = findings(results.rootProperty().get()).stream().filter(ResultNode::hasEvidence)
                .filter(f -> f.finding().location().line() != null).findFirst().orElseThrow();
        results.selectedProperty().set(finding);
        assertThat(results.requirements()).isNotEmpty();
        results.openRequirement(results.requirements().get(0));
        assertThat(clauses).singleElement().asString().startsWith("DG/T 0102@2026 ");

        results.openEvidence();
        EvidenceViewModel evidence = desk.evidence();
        assertThat(opened).last().isSameAs(evidence);
        assertThat(evidence.modeProperty().get()).isEqualTo(EvidenceViewModel.Mode.TEXT);
        assertThat(evidence.lines().get(evidence.targetIndex()).number()).isEqualTo(finding.finding().location().line());
        assertThat(evidence.locationProperty().get()).contains(finding.finding().ruleId());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void judgingTheOpenManualCaseMakesTheRunConformantAndTheIssuedReportIsSignedAndOpened() throws Exception {
        run("Acme Open Data Portal");
        ResultsViewModel results = (ResultsViewModel) opened.get(opened.size() - 1);
        assertThat(results.run().orElseThrow().verdict()).isEqualTo(OverallVerdict.INCOMPLETE);

        results.evaluate();
        EvaluatorViewModel evaluator = (EvaluatorViewModel) opened.get(opened.size() - 1);
        DecisionRow open = evaluator.rows().get(0);
        assertThat(open.testCase()).isEqualTo("/conf/dg-0102/core/paging-live");
        assertThat(open.open()).isTrue();
        evaluator.selectedProperty().set(open);
        evaluator.evaluatorProperty().set("Li Wei");
        evaluator.verdictProperty().set(Verdict.PASS);
        evaluator.noteProperty().set("GET /datasets?limit=1 returned one item and a next link.");
        evaluator.judge();

        assertThat(evaluator.overallProperty().get()).isEqualTo("\u2714 Conformant");
        assertThat(evaluator.rows()).noneMatch(DecisionRow::open);
        assertThat(results.run().orElseThrow().verdict()).isEqualTo(OverallVerdict.CONFORMANT);
        assertThat(results.run().orElseThrow().result(open.testCase()).orElseThrow().verdict()).isEqualTo(Verdict.PASS);

        evaluator.statementProperty().set("Acme Open Data Portal 2.1.0 conforms to DG/T 0102-2026, classes core and errors.");
        evaluator.certify();
        dialogs.fileAnswers.add(List.of(org.normative.app.TestKeystores.evaluator(temp, "EC",
                "CN=Li Wei, O=Test Lab, C=CN")));
        dialogs.passwordAnswers.add(org.normative.app.TestKeystores.PASSWORD);
        Path pdf = temp.resolve("certificate.pdf");
        dialogs.saveAnswers.add(pdf);
        evaluator.issue();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.opened).containsExactly(pdf);
        assertThat(context.conformance().ledger().all()).singleElement()
                .satisfies(entry -> assertThat(entry.signer()).contains("Li Wei"));
    }

    @Test
    void dashboardCountsRunsByDayAndTheRequirementsThatFailMostAndOpensARun() {
        runBeta();
        run("Acme Open Data Portal");
        DashboardViewModel dashboard = desk.dashboard();

        dashboard.reload();

        assertThat(dashboard.history()).hasSize(2);
        assertThat(dashboard.perDay()).extracting(DayCount::count).containsOnly(1);
        assertThat(dashboard.perDay()).extracting(DayCount::verdict)
                .containsExactlyInAnyOrder(OverallVerdict.NOT_CONFORMANT, OverallVerdict.INCOMPLETE);
        assertThat(dashboard.failing()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.standard()).isEqualTo("DG/T 0102");
            assertThat(f.runs()).isEqualTo(1);
        });
        dashboard.standardProperty().set("DG/T 0202");
        assertThat(dashboard.history()).isEmpty();
        dashboard.standardProperty().set(null);
        opened.clear();
        dashboard.open(dashboard.history().get(0));
        assertThat(opened).singleElement().isInstanceOf(ResultsViewModel.class);
    }

    private RunWizardViewModel runBeta() {
        return run("Beta City Data Service");
    }

    private RunWizardViewModel run(String system) {
        RunWizardViewModel wizard = desk.runWizard();
        wizard.reload();
        wizard.editionProperty().set("DG/T 0102@2026");
        wizard.submissionProperty().set(wizard.submissions().stream()
                .filter(s -> s.system().equals(system)).findFirst().orElseThrow());
        wizard.run();
        return wizard;
    }

    private static MatrixRow row(SuitesViewModel suites, String requirement) {
        return suites.matrix().stream().filter(r -> r.requirementId().equals(requirement)).findFirst().orElseThrow();
    }

    private static List<ResultNode> testCases(ResultNode root) {
        return flatten(root).filter(n -> n.kind() == ResultNode.Kind.TEST_CASE).toList();
    }

    private static List<ResultNode> findings(ResultNode root) {
        return flatten(root).filter(n -> n.kind() == ResultNode.Kind.FINDING).toList();
    }

    private static Stream<ResultNode> flatten(ResultNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(ConformanceViewModelTest::flatten));
    }
}
