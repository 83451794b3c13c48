package org.normative.conformance.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.Limits;
import org.normative.conformance.demo.DemoConformance;
import org.normative.conformance.run.RunControl;
import org.normative.conformance.run.RunListener;
import org.normative.conformance.run.RunRecord;
import org.normative.conformance.run.RunRequest;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.Subject;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.submission.SubmissionManifest;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;

/** Real runs for report tests: the bundled DG/T 0202 licence suite on a demo vendor's submission. */
public final class DemoRuns {

    /** The requirements of DG/T 0202 as the demo library has them. */
    public static final RequirementDirectory DG_0202 = (code, edition, id) -> Optional.ofNullable(Map.of(
            "/req/dg-0202/xml-valid", new RequirementDirectory.Entry("5.1", "Licence file format",
                    "A licence file shall be an XML document valid against the schema in Annex A.", "SHALL"),
            "/req/dg-0202/holder-id", new RequirementDirectory.Entry("5.2", "Licence holder",
                    "The holder shall be identified by the unified social credit code (GB 32100) or the resident identity "
                            + "number (GB 11643).", "SHALL"),
            "/req/dg-0202/sm2-signature", new RequirementDirectory.Entry("6.1", "Signature",
                    "The issuing body shall sign the licence file with an SM2 signature.", "SHALL")).get(id));

    private DemoRuns() {
    }

    /** Runs the licence suite on a demo submission ({@code gamma-licensing}, {@code acme-licensing}). */
    public static RunRecord licence(String submission, Path dir) throws Exception {
        Path suites = dir.resolve("suites");
        Path folder = new DemoConformance().extractSuites(suites).stream()
                .filter(p -> p.getFileName().toString().equals("dg-0202-licence")).findFirst().orElseThrow();
        LoadedSuite suite = new SuiteLoader(CheckKinds.installed(), RequirementCatalog.NONE).load(SuitePackage.inFolder(folder));
        SubmissionManifest manifest = SubmissionManifest.read(Path.of("src/main/resources/org/normative/conformance/demo")
                .resolve(submission).resolve("submission.json").toAbsolutePath());
        List<Artifact> artifacts = new ArrayList<>();
        for (SubmissionManifest.RoleFile file : manifest.artifacts()) {
            artifacts.add(new ArtifactIntake().inPlace(file.role(), file.file()));
        }
        return new Runner(Limits.DEFAULT).run(RunRequest.of(suite,
                new Subject(manifest.organisation(), manifest.system(), manifest.version()), artifacts, manifest.classes()),
                RunListener.NONE, new RunControl());
    }
}
