package org.normative.conformance.suite;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.normative.standards.LocalizedText;

/** A conformance suite as {@code suite.xml} declares it (docs/suite-authoring.md). */
public record Suite(SuiteId id, LocalizedText title, LocalizedText description, SuiteStatus status, LocalDate validFrom,
                    LocalDate validTo, String replacedBy, String standardCode, String edition, List<ArtifactRole> roles,
                    List<ConformanceClass> classes, List<TestCase> testCases) {

    public Suite {
        roles = List.copyOf(roles);
        classes = List.copyOf(classes);
        testCases = List.copyOf(testCases);
    }

    public Optional<ArtifactRole> role(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).findFirst();
    }

    public Optional<ConformanceClass> conformanceClass(String classId) {
        return classes.stream().filter(c -> c.id().equals(classId)).findFirst();
    }

    public Optional<TestCase> testCase(String testCaseId) {
        return testCases.stream().filter(t -> t.id().equals(testCaseId)).findFirst();
    }

    /** {@code DG/T 0102@2026}. */
    public String editionRef() {
        return standardCode + "@" + edition;
    }
}
