package org.normative.conformance.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Severity;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.standards.LocalizedText;

/**
 * The context one check runs in: collects findings (all counted, the first {@code cap} kept), the conclusion, and
 * stops reads when the deadline passes or the run is cancelled. Not shared between threads: one per check run.
 */
public final class RecordingCheckContext implements CheckContext {

    /** Findings kept per check; the counts per rule stay complete beyond it. */
    public static final int DEFAULT_CAP = 10_000;

    private final Limits limits;
    private final long deadlineNanos;
    private final BooleanSupplier cancelled;
    private final int cap;
    private final List<Artifact> submission;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Long> countsByRule = new LinkedHashMap<>();
    private Verdict worstSeverityVerdict = Verdict.PASS;
    private Verdict concluded;
    private LocalizedText reason;

    public RecordingCheckContext(Limits limits, BooleanSupplier cancelled) {
        this(limits, cancelled, DEFAULT_CAP);
    }

    public RecordingCheckContext(Limits limits, BooleanSupplier cancelled, int cap) {
        this(limits, cancelled, cap, List.of());
    }

    /** @param submission every artifact of the run, which {@link #artifacts(String)} hands out by role */
    public RecordingCheckContext(Limits limits, BooleanSupplier cancelled, int cap, List<Artifact> submission) {
        this.limits = limits;
        this.deadlineNanos = System.nanoTime() + limits.checkTimeout().toNanos();
        this.cancelled = cancelled;
        this.cap = cap;
        this.submission = List.copyOf(submission);
    }

    /** A context with the default limits that is never cancelled: for tests and for one-off checks. */
    public static RecordingCheckContext standalone() {
        return new RecordingCheckContext(Limits.DEFAULT, () -> false);
    }

    @Override
    public void report(Finding finding) {
        countsByRule.merge(finding.ruleId(), 1L, Long::sum);
        if (findings.size() < cap) {
            findings.add(finding);
        }
        if (finding.severity() == Severity.ERROR) {
            worstSeverityVerdict = Verdict.FAIL;
        } else if (finding.severity() == Severity.WARNING) {
            worstSeverityVerdict = worstSeverityVerdict.worse(Verdict.WARNING);
        }
    }

    @Override
    public void conclude(Verdict verdict, LocalizedText why) {
        this.concluded = verdict;
        this.reason = why;
    }

    @Override
    public InputStream open(Artifact artifact) throws IOException {
        return new GuardedInputStream(new BufferedInputStream(Files.newInputStream(artifact.file()), 64 * 1024), this::stopped);
    }

    @Override
    public void checkpoint() throws IOException {
        if (stopped()) {
            throw new InterruptedIOException("check stopped");
        }
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public List<Artifact> artifacts(String role) {
        return submission.stream().filter(artifact -> artifact.role().equals(role)).toList();
    }

    /** True when the run was cancelled or this check's time is up. */
    public boolean stopped() {
        return cancelled.getAsBoolean() || timedOut() || Thread.currentThread().isInterrupted();
    }

    public boolean timedOut() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /** The outcome so far: a concluded verdict wins over the findings, unless a finding failed. */
    public CheckOutcome outcome() {
        Verdict verdict = concluded == null ? worstSeverityVerdict : concluded.worse(worstSeverityVerdict);
        return new CheckOutcome(verdict, findings, countsByRule, concluded == null ? null : reason);
    }

    /** An ERROR outcome keeping what was found before the check stopped. */
    public CheckOutcome error(LocalizedText why) {
        return new CheckOutcome(Verdict.ERROR, findings, countsByRule, why);
    }
}
