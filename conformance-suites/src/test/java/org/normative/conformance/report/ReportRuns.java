package org.normative.conformance.report;

import java.nio.file.Files;
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
import org.normative.conformance.run.TestSuites;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.submission.SubmissionManifest;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;

/** Real runs for report tests: scripted suites, and the bundled DG/T 0202 licence suite on demo files. */
public final class ReportRuns {

    /** The requirements of DG/T 0202 as the demo library has them. */
    public static final RequirementDirectory DG_0202 = (code, edition, id) -> Optional.ofNullable(Map.of(
            "/req/dg-0202/xml-valid", new RequirementDirectory.Entry("5.1", "Licence file format",
                    "A licence file shall be an XML document valid against the schema in Annex A.", "SHALL"),
            "/req/dg-0202/holder-id", new RequirementDirectory.Entry("5.2", "Licence holder",
                    "The holder shall be identified by the unified social credit code (GB 32100) or the resident identity "
                            + "number (GB 11643).", "SHALL"),
            "/req/dg-0202/sm2-signature", new RequirementDirectory.Entry("6.1", "Signature",
                    "The issuing body shall sign the licence file with an SM2 signature.", "SHALL")).get(id));

    private ReportRuns() {
    }

    /**
     * A run of a scripted suite ({@link TestSuites}) on one small XML file named {@code licence.xml}, for a vendor
     * with a Chinese name; {@code manual} adds a manual test case awaiting judgement.
     */
    public static RunRecord scripted(Path dir, String testCases, boolean manual) throws Exception {
        Path data = dir.resolve("licence.xml");
        Files.writeString(data, "<a/>");
        String manualCase = manual ? "<test-case id=\"/t/manual\" class=\"core\" requirements=\"/req/x\">"
                + "<title xml:lang=\"en\">The signature verifies</title><title xml:lang=\"zh\">签名验证通过</title>"
                + "<procedure xml:lang=\"en\">Verify it.</procedure><procedure xml:lang=\"zh\">验证签名。</procedure></test-case>"
                : "";
        LoadedSuite suite = TestSuites.load(TestSuites.write(dir.resolve("suite"), testCases + manualCase));
        return new Runner(Limits.DEFAULT).run(RunRequest.of(suite, new Subject("艾克米政务软件有限公司", "Acme Licensing", "3.2.0"),
                List.of(new ArtifactIntake().inPlace("data", data)), List.of()), RunListener.NONE, new RunControl());
    }

    /** A run with a failing test case (finding R-1 at licence.xml:3:7), a passing one and a manual one. */
    public static RunRecord failingWithManualCase(Path dir) throws Exception {
        return scripted(dir, TestSuites.testCase("/t/a", "core", "fail") + TestSuites.testCase("/t/b", "more", "pass"), true);
    }

    /** Runs the licence suite on a demo submission ({@code gamma-licensing}, {@code acme-licensing}). */
    public static RunRecord licence(String submission, Path dir) throws Exception {
        SubmissionManifest manifest = SubmissionManifest.read(Path.of("src/main/resources/org/normative/conformance/demo")
                .resolve(submission).resolve("submission.json").toAbsolutePath());
        return licence(dir, new Subject(manifest.organisation(), manifest.system(), manifest.version()), manifest.classes(),
                manifest.artifacts().stream().map(SubmissionManifest.RoleFile::file).toList());
    }

    /** Runs the licence suite on its own failing examples: a run with findings of several rules, located by XPath. */
    public static RunRecord licenceExamples(Path dir) throws Exception {
        Path examples = Path.of("src/main/resources/org/normative/conformance/bundled/dg-0202-licence/examples")
                .toAbsolutePath();
        List<Path> files = new ArrayList<>();
        for (String name : List.of("good-uscc.xml", "bad-holder.xml", "bad-dates.xml", "bad-signature.xml")) {
            files.add(examples.resolve(name));
        }
        return licence(dir, new Subject("Delta Licensing Ltd. / 德尔塔证照有限公司", "Delta Licence Issuer", "1.4.2"), List.of(),
                files);
    }

    private static RunRecord licence(Path dir, Subject subject, List<String> classes, List<Path> files) throws Exception {
        Path folder = new DemoConformance().extractSuites(dir.resolve("suites")).stream()
                .filter(p -> p.getFileName().toString().equals("dg-0202-licence")).findFirst().orElseThrow();
        LoadedSuite suite = new SuiteLoader(CheckKinds.installed(), RequirementCatalog.NONE).load(SuitePackage.inFolder(folder));
        List<Artifact> artifacts = new ArrayList<>();
        for (Path file : files) {
            artifacts.add(new ArtifactIntake().inPlace("licence", file));
        }
        return new Runner(Limits.DEFAULT).run(RunRequest.of(suite, subject, artifacts, classes), RunListener.NONE,
                new RunControl());
    }
}
