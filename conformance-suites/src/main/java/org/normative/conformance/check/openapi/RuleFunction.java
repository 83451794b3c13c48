package org.normative.conformance.check.openapi;

import java.io.IOException;
import java.util.List;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;

/** One of Spectral's core functions with its options, ready to judge targets. Thread-safe. */
@FunctionalInterface
interface RuleFunction {

    /** What is wrong with the target; empty when it holds. */
    List<Problem> check(Target target, CheckContext context) throws ArtifactException, IOException;

    /**
     * A target: the place and its value (null when there is nothing there), in the document it belongs to.
     *
     * @param artifact the artifact's name, for messages
     */
    record Target(DocumentNode node, ApiDocument document, String artifact, int maxDepth) {
    }

    /**
     * One thing wrong.
     *
     * @param path where below the target, as member names and indexes; empty for the target itself
     */
    record Problem(String message, List<String> path) {

        static List<Problem> of(String message) {
            return List.of(new Problem(message, List.of()));
        }
    }

    /** Spectral's {@code #{{print("property")}}}: {@code "name" property }, or nothing at the root. */
    static String property(DocumentNode node) {
        return node.key == null || node.name ? "" : "\"" + node.key + "\" property ";
    }

    /** Spectral's {@code #{{print("value")}}}: the value in quotes. */
    static String value(DocumentNode node) {
        return "\"" + JsValues.print(node.value) + "\"";
    }
}
