package org.normative.conformance.check.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/** A document check prepared from a profile written into a temporary suite folder, run on files made there. */
final class DocumentChecks {

    private final Path folder;

    DocumentChecks(Path folder) {
        this.folder = folder;
    }

    PreparedCheck prepare(String profileYaml) throws Exception {
        Files.writeString(folder.resolve("profile.yaml"), profileYaml);
        return new DocumentKind().prepare(new CheckDeclaration("document", "/conf/test/document",
                Map.of("profile", "profile.yaml"), null), new PackageResources(folder));
    }

    CheckOutcome run(PreparedCheck check, Path file) throws Exception {
        return run(check, file, Limits.DEFAULT);
    }

    CheckOutcome run(PreparedCheck check, Path file, Limits limits) throws Exception {
        RecordingCheckContext context = new RecordingCheckContext(limits, () -> false);
        check.check(new ArtifactIntake().inPlace("security-document", file), context);
        return context.outcome();
    }

    CheckOutcome run(String profileYaml, Path file) throws Exception {
        return run(prepare(profileYaml), file);
    }

    Path file(String name) {
        return folder.resolve(name);
    }
}
