package org.normative.conformance.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.result.Finding;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Severity;

/**
 * A check kind for testing the runner and the loader: it does what its {@code does} attribute says (pass, fail,
 * warn, refuse, throw, block until cancelled, read forever), so that every way a real check can end is covered.
 */
public final class ScriptedKind implements CheckKind {

    /** Released by tests that want a blocked check to go on. */
    public static volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) {
        String does = declaration.attribute("does", "pass");
        return (artifact, context) -> {
            switch (does) {
                case "pass" -> context.open(artifact).close();
                case "fail" -> context.report(Finding.of("R-1", Severity.ERROR, "broken",
                        Location.of(artifact.name()).at(3, 7)));
                case "warn" -> context.report(Finding.of("R-2", Severity.WARNING, "doubtful", Location.of(artifact.name())));
                case "many" -> {
                    for (int i = 0; i < 25_000; i++) {
                        context.report(Finding.of("R-" + (i % 3), Severity.ERROR, "finding " + i, Location.of(artifact.name())));
                    }
                }
                case "refuse" -> throw new ArtifactException("run.tooDeep", artifact.name());
                case "throw" -> throw new IllegalStateException("bug in a plug-in");
                case "wait" -> waitForGate();
                case "read-forever" -> readForever(context.open(artifact));
                default -> throw new IllegalArgumentException(does);
            }
        };
    }

    private static void waitForGate() throws IOException {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    /** Like a parser stuck in a loop that still reads: the guarded stream must stop it. */
    private static void readForever(InputStream in) throws IOException {
        try (in) {
            while (true) {
                in.read();
                in.skip(-1);
            }
        }
    }
}
