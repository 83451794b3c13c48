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

    /**
     * The role a file of this media type plays, where that is clear: the suite's only role, or the one role that
     * takes the media type. Empty when several roles take it, or none.
     */
    public Optional<ArtifactRole> roleFor(String mediaType) {
        if (roles.size() == 1) {
            return Optional.of(roles.get(0));
        }
        List<ArtifactRole> accepting = roles.stream().filter(r -> r.accepts(mediaType)).toList();
        return accepting.size() == 1 ? Optional.of(accepting.get(0)) : Optional.empty();
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
