package org.normative.conformance.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.normative.conformance.check.PreparedCheck;

/**
 * A suite ready to run: its declaration, where its package lies, the package's SHA-256, and each test case's
 * prepared checks (compiled once, shared by every run).
 */
public record LoadedSuite(Suite suite, Path root, String sha256, Map<String, List<PreparedCheck>> checks) {

    public LoadedSuite {
        checks = Map.copyOf(checks);
    }

    public List<PreparedCheck> checksOf(TestCase testCase) {
        return checks.getOrDefault(testCase.id(), List.of());
    }
}
