package org.normative.conformance.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.submission.SubmissionManifest;
import org.normative.conformance.workspace.ConformanceWorkspace;
import org.normative.standards.StandardsException;

/**
 * The conformance part of the demo: the bundled suites imported into the workspace, and the demo vendors'
 * submissions, both taken in and written as plain files to {@code <workspace>/demo-artifacts/<submission>/} with
 * their {@code submission.json}, so that the command line can be tried on them at once.
 */
public final class DemoConformance {

    public static final String ARTIFACTS_FOLDER = "demo-artifacts";

    private final BundledFiles suites = new BundledFiles("bundled");
    private final BundledFiles submissions = new BundledFiles("demo");

    /** The bundled suite packages copied into {@code target/<suite>/}; returns their folders. */
    public List<Path> extractSuites(Path target) throws ConformanceException {
        try {
            List<Path> folders = new ArrayList<>();
            for (String suite : suites.groups()) {
                folders.add(suites.copyGroup(suite, target));
            }
            return folders;
        } catch (IOException e) {
            throw new ConformanceException(e, "demo.cannotWrite", target, e.getMessage());
        }
    }

    /** How many demo submissions the demo brings. */
    public int submissionCount() throws ConformanceException {
        try {
            return submissions.groups().size();
        } catch (IOException e) {
            throw new ConformanceException(e, "demo.cannotWrite", "", e.getMessage());
        }
    }

    /** Imports the bundled suites and the demo submissions; returns how many suites and submissions. */
    public int[] install(ConformanceWorkspace conformance, Path workspaceDirectory) throws StandardsException {
        Path temporary;
        try {
            temporary = Files.createTempDirectory("normative-demo-suites-");
        } catch (IOException e) {
            throw new ConformanceException(e, "demo.cannotWrite", workspaceDirectory, e.getMessage());
        }
        int suiteCount = 0;
        try {
            for (Path folder : extractSuites(temporary)) {
                conformance.importSuite(folder);
                suiteCount++;
            }
        } finally {
            delete(temporary);
        }
        Path artifacts = workspaceDirectory.resolve(ARTIFACTS_FOLDER);
        int submissionCount = 0;
        try {
            for (String submission : submissions.groups()) {
                Path folder = submissions.copyGroup(submission, artifacts);
                SubmissionManifest manifest = SubmissionManifest.read(folder.resolve("submission.json"));
                conformance.createSubmission(manifest.organisation(), manifest.system(), manifest.version(), manifest.suite(),
                        manifest.artifacts().stream()
                                .map(a -> new ConformanceWorkspace.RoleFile(a.role(), a.file())).toList());
                submissionCount++;
            }
        } catch (IOException e) {
            throw new ConformanceException(e, "demo.cannotWrite", artifacts, e.getMessage());
        }
        return new int[] {suiteCount, submissionCount};
    }

    private static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
