package org.normative.conformance.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;
import org.normative.conformance.suite.ArtifactRole;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.Suite;
import org.normative.conformance.suite.SuiteStatus;
import org.normative.conformance.suite.TestCase;
import org.normative.standards.LocalizedText;

/**
 * Runs a suite on a submission's artifacts. Test cases are independent, so they run in parallel (one thread per
 * core); each check on each artifact runs on a thread of its own under a time limit, so a check that hangs is
 * abandoned with an {@code ERROR} and the run goes on. Whatever a check throws becomes that artifact's
 * {@code ERROR} with a plain message; nothing a submitted file does can stop the run.
 */
public final class Runner {

    /** Past the time limit, a check that ignores its stopped stream gets this long before it is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** The kind recorded for a test case marked not testable: no check ran. */
    static final String NOT_TESTABLE = "not-testable";

    private final Limits limits;
    private final int parallelism;
    private final Clock clock;
    private final ToolInfo tool;

    public Runner(Limits limits) {
        this(limits, Math.max(1, Runtime.getRuntime().availableProcessors()), Clock.systemUTC(), ToolInfo.current());
    }

    public Runner(Limits limits, int parallelism, Clock clock, ToolInfo tool) {
        this.limits = limits;
        this.parallelism = parallelism;
        this.clock = clock;
        this.tool = tool;
    }

    public RunRecord run(RunRequest request, RunListener listener, RunControl control) {
        Instant started = clock.instant();
        Suite suite = request.suite().suite();
        List<TestCase> testCases = suite.testCases().stream()
                .filter(t -> request.claimedClasses().contains(t.classId())).toList();
        List<TestCaseResult> results = new ArrayList<>();
        ExecutorService testCasePool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, testCases.size())),
                daemonThreads("normative-test-case"));
        ExecutorService checkPool = Executors.newCachedThreadPool(daemonThreads("normative-check"));
        try {
            CompletionService<TestCaseResult> completion = new ExecutorCompletionService<>(testCasePool);
            for (TestCase testCase : testCases) {
                completion.submit(() -> {
                    listener.testCaseStarted(testCase.id());
                    return runTestCase(request, testCase, control, checkPool);
                });
            }
            AtomicInteger done = new AtomicInteger();
            for (int i = 0; i < testCases.size(); i++) {
                TestCaseResult result = completion.take().get();
                results.add(result);
                listener.testCaseFinished(result, done.incrementAndGet(), testCases.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a test case escaped the runner's error handling", e.getCause());
        } finally {
            testCasePool.shutdownNow();
            checkPool.shutdownNow();
        }
        results.sort((a, b) -> Integer.compare(indexOf(testCases, a.testCase()), indexOf(testCases, b.testCase())));
        List<ClassResult> classes = Aggregation.classes(suite, request.claimedClasses(), results);
        return new RunRecord(UUID.randomUUID().toString(), started, clock.instant(), tool, SuiteRecord.of(request.suite()),
                request.subject(), request.claimedClasses(), request.artifacts().stream().map(ArtifactRecord::of).toList(),
                Aggregation.overall(classes), classes, results, control.isCancelled());
    }

    /** One test case on the given artifacts, outside a run: how {@code suite test} tries the examples. */
    public TestCaseResult runTestCase(LoadedSuite suite, TestCase testCase, List<Artifact> artifacts) {
        RunRequest request = new RunRequest(suite, Subject.UNNAMED, artifacts, List.of(testCase.classId()));
        ExecutorService checkPool = Executors.newCachedThreadPool(daemonThreads("normative-check"));
        try {
            return runTestCase(request, testCase, new RunControl(), checkPool);
        } finally {
            checkPool.shutdownNow();
        }
    }

    private TestCaseResult runTestCase(RunRequest request, TestCase testCase, RunControl control, ExecutorService checkPool) {
        long start = System.nanoTime();
        List<CheckRun> runs = new ArrayList<>();
        List<PreparedCheck> prepared = request.suite().checksOf(testCase);
        List<Artifact> artifacts = testCase.artifactRole() == null ? List.of() : request.artifactsOf(testCase.artifactRole());
        if (control.isCancelled()) {
            runs.add(CheckRun.decided(kinds(testCase), null, Verdict.NOT_TESTED, text("run.cancelled")));
        } else if (suiteNotUsable(request.suite().suite())) {
            runs.add(CheckRun.decided(kinds(testCase), null, Verdict.ERROR, text("run.suiteDeprecated")));
        } else if (testCase.notTestable()) {
            runs.add(CheckRun.decided(NOT_TESTABLE, null, Verdict.NOT_TESTED, text("run.notTestable", testCase.notTestableReason())));
        } else if (testCase.manual() && (artifacts.isEmpty() ? testCase.artifactRole() == null
                || request.suite().suite().role(testCase.artifactRole()).orElseThrow().required() : true)) {
            // a person judges the system once, whatever number of artifacts it submitted
            for (int i = 0; i < prepared.size(); i++) {
                runs.add(runCheck(testCase.checks().get(i), prepared.get(i), null, request.artifacts(), control, checkPool));
            }
        } else if (artifacts.isEmpty()) {
            runs.add(CheckRun.decided(kinds(testCase), null, Verdict.NOT_APPLICABLE,
                    text("run.noArtifactOfRole", testCase.artifactRole())));
        } else {
            ArtifactRole role = request.suite().suite().role(testCase.artifactRole()).orElseThrow();
            for (Artifact artifact : artifacts) {
                LocalizedText refusal = refusal(role, artifact);
                for (int i = 0; i < prepared.size(); i++) {
                    CheckDeclaration declaration = testCase.checks().get(i);
                    runs.add(refusal != null
                            ? CheckRun.decided(declaration.kind(), artifact.name(), Verdict.ERROR, refusal)
                            : runCheck(declaration, prepared.get(i), artifact, request.artifacts(), control, checkPool));
                }
            }
        }
        Verdict verdict = Verdict.worstOf(runs.stream().map(CheckRun::verdict).toList());
        return new TestCaseResult(testCase.id(), testCase.title(), testCase.classId(), testCase.requirements(), testCase.mandatory(), verdict,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), runs);
    }

    /** A deprecated suite past its valid-to date cannot certify anything: its results are errors, not passes. */
    private boolean suiteNotUsable(Suite suite) {
        return suite.status() == SuiteStatus.DEPRECATED && suite.validTo() != null
                && suite.validTo().isBefore(clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** Why an artifact cannot be checked in its role at all: empty, or not of a media type the role takes. */
    private static LocalizedText refusal(ArtifactRole role, Artifact artifact) {
        if (MediaTypes.EMPTY.equals(artifact.mediaType())) {
            return text("run.emptyArtifact", artifact.name());
        }
        if (!role.mediaTypes().isEmpty() && !role.accepts(artifact.mediaType())) {
            return text("run.wrongMediaType", artifact.name(), MediaTypes.shortName(artifact.mediaType()), role.role(),
                    String.join(", ", role.mediaTypes().stream().map(MediaTypes::shortName).toList()));
        }
        return null;
    }

    private CheckRun runCheck(CheckDeclaration declaration, PreparedCheck check, Artifact artifact, List<Artifact> submission,
                              RunControl control, ExecutorService checkPool) {
        String name = artifact == null ? null : artifact.name();
        RecordingCheckContext context = new RecordingCheckContext(limits, control::isCancelled,
                RecordingCheckContext.DEFAULT_CAP, submission);
        long start = System.nanoTime();
        Future<CheckOutcome> future = checkPool.submit(() -> execute(check, artifact, context));
        try {
            CheckOutcome outcome = future.get(limits.checkTimeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return CheckRun.of(declaration.kind(), name, outcome, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (TimeoutException e) {
            future.cancel(true);
            return CheckRun.decided(declaration.kind(), name, Verdict.ERROR, timeLimit());
        } catch (InterruptedException e) {
            future.cancel(true);
            control.cancel();
            Thread.currentThread().interrupt();
            return CheckRun.decided(declaration.kind(), name, Verdict.NOT_TESTED, text("run.cancelled"));
        } catch (ExecutionException e) {
            return CheckRun.decided(declaration.kind(), name, Verdict.ERROR, internalError(declaration.kind(), e.getCause()));
        }
    }

    /** Runs on a check thread; turns every way a check can end into an outcome. */
    private CheckOutcome execute(PreparedCheck check, Artifact artifact, RecordingCheckContext context) {
        try {
            check.check(artifact, context);
            return context.outcome();
        } catch (ArtifactException e) {
            return context.error(e.text());
        } catch (InterruptedIOException e) {
            return stopped(context);
        } catch (IOException e) {
            if (context.stopped()) {
                return stopped(context);
            }
            return context.error(text("run.unreadable", artifact == null ? "" : artifact.name(), e.getMessage()));
        } catch (StackOverflowError e) {
            return context.error(text("run.tooDeep", artifact == null ? "" : artifact.name()));
        } catch (OutOfMemoryError e) {
            return context.error(text("run.tooBig", artifact == null ? "" : artifact.name()));
        } catch (RuntimeException e) {
            if (context.stopped()) {
                return stopped(context);
            }
            return context.error(internalError("", e));
        }
    }

    private CheckOutcome stopped(RecordingCheckContext context) {
        if (context.timedOut()) {
            return context.error(timeLimit());
        }
        return new CheckOutcome(Verdict.NOT_TESTED, List.of(), Map.of(), text("run.cancelled"));
    }

    private LocalizedText timeLimit() {
        return text("run.timeLimit", limits.checkTimeout().toSeconds());
    }

    private static LocalizedText internalError(String kind, Throwable cause) {
        String detail = cause == null ? "" : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text("run.internalError", kind, detail);
    }

    private static String kinds(TestCase testCase) {
        return String.join(",", testCase.checks().stream().map(CheckDeclaration::kind).distinct().toList());
    }

    private static int indexOf(List<TestCase> testCases, String id) {
        for (int i = 0; i < testCases.size(); i++) {
            if (testCases.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static LocalizedText text(String key, Object... arguments) {
        return ConformanceException.MESSAGES.text(key, arguments);
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
