package org.normative.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.result.Finding;
import org.normative.conformance.run.ClassResult;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.run.TestCaseResult;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.submission.SubmissionManifest;
import org.normative.conformance.suite.ArtifactRole;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", description = "Run a suite on artifacts. Exit 0 conformant (or only manual cases open), 1 not conformant, 2 error.",
        subcommands = {RunDiffCommand.class, RunJudgeCommand.class, RunOverrideCommand.class, RunWaiveCommand.class,
                RunCertifyCommand.class, RunImportJudgementsCommand.class})
final class RunCommand implements Callable<Integer> {

    /** Findings printed per test case; the JSON report has them all. */
    private static final int SHOWN_FINDINGS = 5;

    private final CliSession session;

    @Spec
    CommandSpec spec;

    @Option(names = "--suite", paramLabel = "SUITE", description = "A suite folder, a suite .zip, or the id of a suite in the workspace.")
    String suite;

    @Option(names = "--artifact", paramLabel = "[ROLE=]PATH", description = "An artifact, or a folder of them; the role may be left out where the suite tells it from the media type.")
    List<String> artifacts = new ArrayList<>();

    @Option(names = "--submission", paramLabel = "FILE", description = "A submission.json naming the suite, the artifacts and the claimed classes.")
    Path submission;

    @Option(names = "--class", paramLabel = "ID", description = "A claimed conformance class (with the classes it depends on); all when none is given.")
    List<String> classes = new ArrayList<>();

    @Option(names = "--organisation", description = "The vendor, for the report.")
    String organisation = "";

    @Option(names = "--system", description = "The system under test, for the report.")
    String system = "";

    @Option(names = "--system-version", description = "The version of the system under test, for the report.")
    String systemVersion = "";

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report (docs/schemas/report-1.schema.json) to FILE.")
    Path json;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write a JUnit XML report (for CI systems) to FILE.")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write a SARIF 2.1.0 report (for code-scanning dashboards) to FILE.")
    Path sarif;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the verification report for people (PDF) to FILE.")
    Path pdf;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the evaluator's workbook (XLSX) to FILE.")
    Path xlsx;

    RunCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException, IOException {
        SubmissionManifest manifest = submission == null ? null : SubmissionManifest.read(submission);
        String suiteArgument = suite != null ? suite : manifest != null ? manifest.suite() : null;
        if (suiteArgument == null) {
            throw new ParameterException(spec.commandLine(), session.text("run.noSuite"));
        }
        if (artifacts.isEmpty() && manifest == null) {
            throw new ParameterException(spec.commandLine(), session.text("run.noArtifacts"));
        }
        try (SuiteArgument argument = SuiteArgument.resolve(session, suiteArgument)) {
            LoadedSuite loaded = argument.suite();
            List<Artifact> inputs = new ArrayList<>();
            if (manifest != null) {
                for (SubmissionManifest.RoleFile file : manifest.artifacts()) {
                    inputs.add(new ArtifactIntake().inPlace(file.role(), file.file()));
                }
            }
            for (String value : artifacts) {
                inputs.addAll(artifacts(loaded, value));
            }
            Subject subject = manifest != null && organisation.isEmpty()
                    ? new Subject(manifest.organisation(), manifest.system(), manifest.version())
                    : new Subject(organisation, system, systemVersion);
            List<String> claimed = !classes.isEmpty() || manifest == null ? classes : manifest.classes();
            RunRequest request = RunRequest.of(loaded, subject, inputs, claimed);
            RunRecord record = new Runner(session.conformance().limits()).run(request, RunListener.NONE, new RunControl());
            session.conformance().saveRun(record, null);
            print(record);
            ReportFiles.write(session, record, ReportFormat.JSON, json);
            ReportFiles.write(session, record, ReportFormat.JUNIT, junit);
            ReportFiles.write(session, record, ReportFormat.SARIF, sarif);
            ReportFiles.write(session, record, ReportFormat.PDF, pdf);
            ReportFiles.write(session, record, ReportFormat.XLSX, xlsx);
            return switch (record.verdict()) {
                case CONFORMANT, INCOMPLETE -> Cli.OK;
                case NOT_CONFORMANT -> Cli.FAILED;
                case ERROR -> Cli.ERROR;
            };
        }
    }

    /** {@code [ROLE=]PATH}: a file or every file of a folder; without a role, the one role that takes the media type. */
    private List<Artifact> artifacts(LoadedSuite loaded, String value) throws StandardsException {
        int equals = value.indexOf('=');
        String role = null;
        String path = value;
        if (equals > 0 && loaded.suite().role(value.substring(0, equals)).isPresent()) {
            role = value.substring(0, equals);
            path = value.substring(equals + 1);
        }
        List<Path> files = files(Path.of(path));
        List<Artifact> result = new ArrayList<>();
        ArtifactIntake intake = new ArtifactIntake();
        for (Path file : files) {
            Artifact detected = intake.inPlace(role == null ? "" : role, file);
            if (role == null) {
                detected = new Artifact(roleFor(loaded, detected), detected.name(), detected.mediaType(), detected.size(),
                        detected.sha256(), detected.file());
            }
            result.add(detected);
        }
        return result;
    }

    private String roleFor(LoadedSuite loaded, Artifact artifact) {
        return loaded.suite().roleFor(artifact.mediaType()).map(ArtifactRole::role)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), session.text("run.roleUnclear", artifact.name(),
                        String.join(", ", loaded.suite().roles().stream().map(ArtifactRole::role).toList()))));
    }

    private static List<Path> files(Path path) throws ConformanceException {
        if (!Files.isDirectory(path)) {
            if (!Files.exists(path)) {
                throw new ConformanceException("artifact.notAFile", path);
            }
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals("submission.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", path, e.getMessage());
        }
    }

    private void print(RunRecord record) {
        var out = session.out();
        var language = session.language();
        out.println(session.text("run.header", record.suite().id(), record.suite().standardCode() + "@" + record.suite().edition(),
                record.artifacts().size()));
        for (TestCaseResult result : record.results()) {
            out.printf("  %-14s %s%s%n", result.verdict(), result.testCase(),
                    result.findingCount() > 0 ? "  (" + session.text("run.findings", result.findingCount()) + ")" : "");
            if (result.reason() != null) {
                result.checks().stream().filter(c -> c.reason() != null).limit(SHOWN_FINDINGS).forEach(c ->
                        out.printf("                 %s%s%n", c.artifact() == null ? "" : c.artifact() + ": ", c.reason().in(language)));
            }
            for (Finding finding : result.findings().stream().limit(SHOWN_FINDINGS).toList()) {
                out.printf("                 %s %s [%s] %s%n", finding.severity(), finding.location(), finding.ruleId(),
                        finding.message().replaceAll("\\s+", " "));
            }
        }
        for (ClassResult c : record.classes()) {
            out.printf("  %s %-12s %s%n", session.text("run.class"), c.id(), c.verdict());
        }
        out.println(session.text("run.verdict", record.verdict(), record.runId()));
    }
}
