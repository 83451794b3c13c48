package org.normative.conformance.suite;

import java.util.List;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.standards.LocalizedText;

/**
 * A test case: what it verifies (requirement ids of the standard edition), the class it belongs to, the role of
 * the artifacts it checks, and either its checks, or for a manual test case the procedure the evaluator follows, or
 * for a test case marked not testable the reason why nothing can verify its requirements (it is never run and never
 * counts towards a class: the report lists it as not tested, with the reason).
 */
public record TestCase(String id, String classId, String artifactRole, List<String> requirements, LocalizedText title,
                       LocalizedText purpose, boolean mandatory, List<CheckDeclaration> checks, LocalizedText procedure,
                       LocalizedText notTestableReason, List<Example> examples) {

    public TestCase {
        requirements = List.copyOf(requirements);
        checks = List.copyOf(checks);
        examples = List.copyOf(examples);
    }

    public boolean manual() {
        return procedure != null;
    }

    public boolean notTestable() {
        return notTestableReason != null;
    }
}
