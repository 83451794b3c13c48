package org.normative.conformance.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.suite.ArtifactRole;
import org.normative.conformance.suite.ConformanceClass;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.Suite;

/**
 * What to run: a loaded suite, whose system, its artifacts, and the classes claimed (with the classes they depend
 * on; all classes when none are claimed). Checked on creation: unknown classes and roles, a missing required
 * role, or several artifacts where a role takes one are refused before anything runs.
 */
public record RunRequest(LoadedSuite suite, Subject subject, List<Artifact> artifacts, List<String> claimedClasses) {

    public RunRequest {
        artifacts = List.copyOf(artifacts);
        claimedClasses = List.copyOf(claimedClasses);
    }

    public static RunRequest of(LoadedSuite loaded, Subject subject, List<Artifact> artifacts, Collection<String> claimed)
            throws ConformanceException {
        Suite suite = loaded.suite();
        for (Artifact artifact : artifacts) {
            if (suite.role(artifact.role()).isEmpty()) {
                throw new ConformanceException("run.unknownRole", artifact.name(), artifact.role(), roles(suite));
            }
        }
        for (ArtifactRole role : suite.roles()) {
            long count = artifacts.stream().filter(a -> a.role().equals(role.role())).count();
            if (role.required() && count == 0) {
                throw new ConformanceException("run.missingRole", role.role());
            }
            if (!role.multiple() && count > 1) {
                throw new ConformanceException("run.oneArtifactOnly", role.role(), count);
            }
        }
        return new RunRequest(loaded, subject, artifacts, withDependencies(suite, claimed));
    }

    private static List<String> withDependencies(Suite suite, Collection<String> claimed) throws ConformanceException {
        if (claimed.isEmpty()) {
            return suite.classes().stream().map(ConformanceClass::id).toList();
        }
        Set<String> closure = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(claimed);
        while (!pending.isEmpty()) {
            String id = pending.remove(0);
            ConformanceClass c = suite.conformanceClass(id).orElseThrow(() -> new ConformanceException("run.unknownClass", id,
                    String.join(", ", suite.classes().stream().map(ConformanceClass::id).toList())));
            if (closure.add(id)) {
                pending.addAll(c.depends());
            }
        }
        return suite.classes().stream().map(ConformanceClass::id).filter(closure::contains).toList();
    }

    private static String roles(Suite suite) {
        return String.join(", ", suite.roles().stream().map(ArtifactRole::role).toList());
    }

    public List<Artifact> artifactsOf(String role) {
        return artifacts.stream().filter(a -> a.role().equals(role)).toList();
    }
}
