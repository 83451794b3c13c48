package org.normative.conformance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.Limits;
import org.normative.conformance.run.Runner;
import org.normative.conformance.run.SuiteSelfTest;
import org.normative.conformance.run.SuiteSelfTest.ExampleOutcome;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;

/** Every bundled suite loads with the installed check kinds and passes its own examples (suite test). */
class BundledSuitesTest {

    @Test
    void everyBundledSuitePassesItsOwnExamples(@TempDir Path dir) throws Exception {
        List<Path> suites = new DemoConformance().extractSuites(dir);
        assertThat(suites).hasSizeGreaterThanOrEqualTo(2);
        SuiteLoader loader = new SuiteLoader(CheckKinds.installed(), RequirementCatalog.NONE);
        for (Path folder : suites) {
            LoadedSuite suite = loader.load(SuitePackage.inFolder(folder));
            List<ExampleOutcome> outcomes = new SuiteSelfTest(new Runner(Limits.DEFAULT)).run(suite);
            assertThat(outcomes).as(folder.getFileName().toString()).isNotEmpty();
            assertThat(outcomes).as(folder.getFileName().toString()).allSatisfy(outcome ->
                    assertThat(outcome.problem()).as(outcome.testCase() + " " + outcome.file()).isNull());
            assertThat(outcomes).anyMatch(ExampleOutcome::expectPass).anyMatch(o -> !o.expectPass());
        }
    }
}
