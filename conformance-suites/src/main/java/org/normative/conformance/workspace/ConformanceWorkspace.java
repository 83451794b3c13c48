package org.normative.conformance.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.RequirementDirectory;
import org.normative.conformance.report.signing.ReportLedger;
import org.normative.conformance.run.AssessedRun;
import org.normative.conformance.run.ArtifactRecord;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.store.JdbiAssessmentRepository;
import org.normative.conformance.store.JdbiReportLedger;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.Limits;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRepository;
import org.normative.conformance.run.RunSummary;
import org.normative.conformance.store.JdbiRunRepository;
import org.normative.conformance.store.JdbiSubmissionRepository;
import org.normative.conformance.store.JdbiSuiteRepository;
import org.normative.conformance.store.RunRecordCodec;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.submission.Submission;
import org.normative.conformance.submission.SubmissionRepository;
import org.normative.conformance.suite.InstalledSuite;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;
import org.normative.conformance.suite.SuiteRepository;
import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionService;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.BlobRef;
import org.normative.standards.workspace.Workspace;

/**
 * The conformance side of a workspace: the suites installed in it (packages in {@code suites/<sha256>/}),
 * vendor submissions (artifacts in the blob store), and run records (JSON blobs, indexed in the database).
 */
public final class ConformanceWorkspace {

    private final Workspace workspace;
    private final SuiteRepository suites;
    private final SubmissionRepository submissions;
    private final RunRepository runs;
    private final SuiteLoader loader;
    private final Limits limits;
    private final Clock clock;
    private final RunRecordCodec codec = new RunRecordCodec();
    private final Map<String, LoadedSuite> loaded = new ConcurrentHashMap<>();

    public ConformanceWorkspace(Workspace workspace, Limits limits) {
        this(workspace, CheckKinds.installed(), limits, Clock.systemUTC());
    }

    public ConformanceWorkspace(Workspace workspace, CheckKinds kinds, Limits limits, Clock clock) {
        this.workspace = workspace;
        this.suites = new JdbiSuiteRepository(workspace.jdbi(), suitesFolder(workspace));
        this.submissions = new JdbiSubmissionRepository(workspace.jdbi(), workspace.blobs());
        this.runs = new JdbiRunRepository(workspace.jdbi());
        this.loader = new SuiteLoader(kinds, new LibraryRequirementCatalog(new EditionService(new SqlLibrary(workspace))));
        this.limits = limits;
        this.clock = clock;
    }

    private static Path suitesFolder(Workspace workspace) {
        return workspace.directory().resolve("suites");
    }

    /** The loader that checks suites against the workspace's library (requirement ids of the edition). */
    public SuiteLoader loader() {
        return loader;
    }

    public Limits limits() {
        return limits;
    }

    // suites

    public List<InstalledSuite> suites() throws StandardsException {
        return StandardsException.fromStorage(suites::findAll);
    }

    /**
     * Imports a suite package (folder or zip): loaded first, so that a broken suite or one citing requirements its
     * edition does not have is refused and nothing is stored; then copied into the workspace. A new import of the
     * same group:id:version replaces the old one.
     */
    public InstalledSuite importSuite(Path location) throws StandardsException {
        try (SuitePackage suitePackage = SuitePackage.open(location, limits)) {
            LoadedSuite suite = loader.load(suitePackage);
            Path folder = suitesFolder(workspace).resolve(suitePackage.sha256());
            if (!Files.isDirectory(folder)) {
                Path partial = suitesFolder(workspace).resolve(suitePackage.sha256() + ".partial");
                deleteQuietly(partial);
                suitePackage.copyTo(partial);
                try {
                    Files.move(partial, folder);
                } catch (IOException e) {
                    throw new ConformanceException(e, "suite.package.unreadable", folder, e.getMessage());
                }
            }
            InstalledSuite installed = new InstalledSuite(suite.suite().id(), suite.suite().title(), suite.suite().status(),
                    suite.suite().standardCode(), suite.suite().edition(), suitePackage.sha256(), folder,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            StandardsException.fromStorage(() -> {
                workspace.jdbi().useTransaction(h -> {
                    suites.remove(installed.id());
                    suites.add(installed);
                });
                return null;
            });
            return installed;
        }
    }

    /**
     * A suite by reference: {@code group:id:version}, {@code group:id} or {@code id} (the newest version), or the
     * SHA-256 of its package.
     */
    public Optional<InstalledSuite> findSuite(String reference) throws StandardsException {
        String[] parts = reference.split(":");
        return suites().stream()
                .filter(s -> s.sha256().equals(reference)
                        || (parts.length == 3 && s.id().toString().equals(reference))
                        || (parts.length == 2 && s.id().group().equals(parts[0]) && s.id().id().equals(parts[1]))
                        || (parts.length == 1 && s.id().id().equals(reference)))
                .max(Comparator.comparing(s -> VersionOrder.key(s.id().version())));
    }

    /** The installed suite ready to run; compiled once per workspace session and then shared. */
    public LoadedSuite load(InstalledSuite suite) throws StandardsException {
        LoadedSuite cached = loaded.get(suite.sha256());
        if (cached != null) {
            return cached;
        }
        LoadedSuite fresh = loader.load(SuitePackage.inFolder(suite.folder()));
        loaded.putIfAbsent(suite.sha256(), fresh);
        return fresh;
    }

    // submissions

    /** A file of a submission and the role it plays. */
    public record RoleFile(String role, Path file) {
    }

    /** Takes in a submission: every artifact hashed, stored content-addressed, its media type detected. */
    public Submission createSubmission(String organisation, String system, String version, String suiteRef,
                                       List<RoleFile> files) throws StandardsException {
        List<Artifact> artifacts = intake(files);
        long id = StandardsException.fromStorage(() -> workspace.jdbi().inTransaction(h -> {
            long created = submissions.create(organisation, system, version, suiteRef);
            artifacts.forEach(a -> submissions.addArtifact(created, a));
            return created;
        }));
        return submission(id).orElseThrow();
    }

    /** Adds files to a submission (dropped on it in the app), taken in as {@link #createSubmission} takes them. */
    public Submission addArtifacts(long submissionId, List<RoleFile> files) throws StandardsException {
        if (submission(submissionId).isEmpty()) {
            throw new ConformanceException("submission.unknown", submissionId);
        }
        List<Artifact> artifacts = intake(files);
        StandardsException.fromStorage(() -> workspace.jdbi().inTransaction(h -> {
            artifacts.forEach(a -> submissions.addArtifact(submissionId, a));
            return null;
        }));
        return submission(submissionId).orElseThrow();
    }

    private List<Artifact> intake(List<RoleFile> files) throws StandardsException {
        ArtifactIntake intake = new ArtifactIntake();
        List<Artifact> artifacts = new ArrayList<>();
        for (RoleFile file : files) {
            Artifact local = intake.inPlace(file.role(), file.file());
            BlobRef blob;
            try (InputStream in = Files.newInputStream(file.file())) {
                blob = workspace.blobs().put(in);
            } catch (IOException e) {
                throw new ConformanceException(e, "artifact.unreadable", file.file(), e.getMessage());
            }
            artifacts.add(new Artifact(local.role(), local.name(), local.mediaType(), blob.size(), blob.sha256(),
                    workspace.blobs().path(blob.sha256())));
        }
        return artifacts;
    }

    /** A tested artifact as its run recorded it, with its bytes in the blob store (where the evidence viewer reads them). */
    public Artifact artifact(ArtifactRecord record) throws StandardsException {
        return new Artifact(record.role(), record.name(), record.mediaType(), record.size(), record.sha256(),
                workspace.blobs().path(record.sha256()));
    }

    public List<Submission> submissions() throws StandardsException {
        return StandardsException.fromStorage(submissions::findAll);
    }

    public Optional<Submission> submission(long id) throws StandardsException {
        return StandardsException.fromStorage(() -> submissions.find(id));
    }

    // runs

    /** Stores a finished run: the record as a blob, a row to find it by. Returns the record's SHA-256. */
    public String saveRun(RunRecord record, Long submissionId) throws StandardsException {
        BlobRef blob = workspace.blobs().put(new ByteArrayInputStream(codec.write(record)));
        RunSummary summary = new RunSummary(record.runId(), record.suite().id(), record.suite().sha256(),
                record.suite().standardCode(), record.suite().edition(), submissionId, record.subject(), record.startedAt(),
                record.finishedAt(), record.verdict(), blob.sha256());
        StandardsException.fromStorage(() -> {
            runs.add(summary);
            return null;
        });
        return blob.sha256();
    }

    public List<RunSummary> runs() throws StandardsException {
        return StandardsException.fromStorage(runs::findAll);
    }

    /** A stored run record, read back from its blob; the blob store checks it is the bytes that were stored. */
    public Optional<RunRecord> run(String runId) throws StandardsException {
        Optional<RunSummary> summary = StandardsException.fromStorage(() -> runs.find(runId));
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = workspace.blobs().open(summary.get().recordSha256())) {
            return Optional.of(codec.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new ConformanceException(e, "run.recordUnreadable", runId, e.getMessage());
        }
    }

    /** The requirement catalogue of the library, for loaders made elsewhere. */
    public RequirementCatalog catalog() {
        return new LibraryRequirementCatalog(new EditionService(new SqlLibrary(workspace)));
    }

    /**
     * Records an evaluator's assessment of a stored run (checked first: {@link AssessedRun#check}),
     * with its attachment stored by hash, and enters it in the audit trail.
     */
    public Assessment assess(Assessment assessment, Path attachment)
            throws StandardsException {
        RunRecord run = run(assessment.runId())
                .orElseThrow(() -> new ConformanceException("report.noSuchRun", assessment.runId()));
        var repository = new JdbiAssessmentRepository(workspace.jdbi());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        AssessedRun.check(run,
                StandardsException.fromStorage(() -> repository.forRun(run.runId())), assessment, today);
        String attachmentName = null;
        String attachmentSha = null;
        if (attachment != null) {
            try (InputStream in = Files.newInputStream(attachment)) {
                attachmentSha = workspace.blobs().put(in).sha256();
                attachmentName = attachment.getFileName().toString();
            } catch (IOException e) {
                throw new ConformanceException(e, "artifact.unreadable", attachment, e.getMessage());
            }
        }
        var stored = new Assessment(0, assessment.runId(), assessment.testCase(),
                assessment.kind(), assessment.verdict(), assessment.note(), assessment.evaluator(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), assessment.expiresOn(), attachmentName,
                attachmentSha);
        String detail = stored.kind() + " " + stored.testCase() + " " + (stored.verdict() == null ? "" : stored.verdict())
                + (stored.expiresOn() == null ? "" : " until " + stored.expiresOn()) + ": " + stored.note();
        long id = StandardsException.fromStorage(() -> workspace.jdbi().inTransaction(h -> {
            long added = repository.add(stored);
            new SqlLibrary(workspace).audit().append(stored.evaluator(), "conformance.assess", "run:" + stored.runId(), detail);
            return added;
        }));
        return repository.forRun(stored.runId()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    public List<Assessment> assessments(String runId) throws StandardsException {
        return StandardsException.fromStorage(
                () -> new JdbiAssessmentRepository(workspace.jdbi()).forRun(runId));
    }

    /** The stored run with its assessments applied (as of now): what reports show. */
    public Optional<RunRecord> assessedRun(String runId) throws StandardsException {
        return assessedRun(runId, clock.instant());
    }

    /** The run as it stood at a moment: the assessments recorded by then, waivers in force then. */
    public Optional<RunRecord> assessedRun(String runId, java.time.Instant asOf) throws StandardsException {
        Optional<RunRecord> run = run(runId);
        if (run.isEmpty()) {
            return run;
        }
        List<Assessment> recorded = assessments(runId).stream().filter(a -> !a.recordedAt().isAfter(asOf)).toList();
        return Optional.of(AssessedRun.apply(run.get(), recorded, LocalDate.ofInstant(asOf, ZoneOffset.UTC)));
    }

    /** The ledger of issued reports. */
    public ReportLedger ledger() {
        return new JdbiReportLedger(workspace.jdbi(), clock);
    }

    /** The clauses and statements of requirements, for reports. */
    public RequirementDirectory requirements() {
        return new LibraryRequirementCatalog(new EditionService(new SqlLibrary(workspace)));
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the copy that follows fails with a clear message if the folder is still in the way
        }
    }
}
