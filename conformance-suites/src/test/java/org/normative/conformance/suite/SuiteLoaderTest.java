package org.normative.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.run.TestSuites;

class SuiteLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSuiteWithItsClassesRolesAndTestCases() throws Exception {
        LoadedSuite loaded = TestSuites.load(TestSuites.write(dir, TestSuites.testCase("/t/a", "more", "pass")));
        Suite suite = loaded.suite();
        assertThat(suite.id().toString()).isEqualTo("test:t:1.0.0");
        assertThat(suite.title().zh()).isEqualTo("测试套件");
        assertThat(suite.status()).isEqualTo(SuiteStatus.ACTIVE);
        assertThat(suite.conformanceClass("more").orElseThrow().depends()).containsExactly("core");
        assertThat(suite.role("extra").orElseThrow().required()).isFalse();
        assertThat(suite.testCases().get(0).checks().get(0).attribute("does")).isEqualTo("pass");
        assertThat(loaded.checksOf(suite.testCases().get(0))).hasSize(1);
    }

    @Test
    void aSuiteThatDoesNotMatchTheSchemaIsRefusedWithTheLine() throws Exception {
        TestSuites.write(dir, "<test-case id=\"/t/a\" class=\"core\"/>");
        assertThatThrownBy(() -> TestSuites.load(dir)).isInstanceOf(ConformanceException.class)
                .hasMessageContaining("line 10");
    }

    @Test
    void aSuiteWithADoctypeIsRefused() throws Exception {
        Files.writeString(dir.resolve("suite.xml"), "<?xml version=\"1.0\"?><!DOCTYPE suite [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<suite xmlns=\"urn:normative:suite:1\">&x;</suite>");
        assertThatThrownBy(() -> TestSuites.load(dir)).isInstanceOf(ConformanceException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void unknownClassesKindsAndCyclesAreRefusedWithTheirNames() throws Exception {
        TestSuites.write(dir, TestSuites.testCase("/t/a", "gold", "pass"));
        assertThatThrownBy(() -> TestSuites.load(dir)).hasMessageContaining("/t/a").hasMessageContaining("\"gold\"");
        TestSuites.write(dir, TestSuites.testCase("/t/a", "core", "pass").replace("scripted", "telepathy"));
        assertThatThrownBy(() -> TestSuites.load(dir)).hasMessageContaining("no check kind \"telepathy\"")
                .hasMessageContaining("manual, scripted");
        Files.writeString(dir.resolve("suite.xml"), Files.readString(dir.resolve("suite.xml"))
                .replace("<class id=\"core\"/>", "<class id=\"core\" depends=\"more\"/>").replace("telepathy", "scripted"));
        assertThatThrownBy(() -> TestSuites.load(dir)).hasMessageContaining("\"core\" depends on itself");
    }

    @Test
    void aRequirementTheEditionDoesNotHaveIsRefusedWithItsId() throws Exception {
        TestSuites.write(dir, TestSuites.testCase("/t/a", "core", "pass"));
        SuiteLoader loader = new SuiteLoader(TestSuites.kinds(), (code, edition) -> Optional.of(Set.of("/req/dg-0102/paging")));
        assertThatThrownBy(() -> loader.load(SuitePackage.inFolder(dir)))
                .hasMessage("Test case /t/a cites the requirement /req/dg-0102/openapi, which DG/T 0102@2026 does not have.");
    }

    @Test
    void anExampleOutsideThePackageIsRefused() throws Exception {
        TestSuites.write(dir, TestSuites.testCase("/t/a", "core", "pass")
                .replace("</test-case>", "<example file=\"../../etc/passwd\" expect=\"pass\"/></test-case>"));
        assertThatThrownBy(() -> TestSuites.load(dir)).hasMessageContaining("outside the suite package");
    }

    @Test
    void aTestCaseMarkedNotTestableCarriesItsReasonInBothLanguagesAndIsNeverMandatory() throws Exception {
        TestSuites.write(dir, NOT_TESTABLE);
        TestCase testCase = TestSuites.load(dir).suite().testCases().get(0);
        assertThat(testCase.notTestable()).isTrue();
        assertThat(testCase.notTestableReason().en()).isEqualTo("Retention over ten years cannot be observed.");
        assertThat(testCase.notTestableReason().zh()).isEqualTo("十年的保存期限无法在测试中观察。");
        assertThat(testCase.mandatory()).isFalse();
        assertThat(testCase.checks()).isEmpty();
    }

    @Test
    void aTestCaseMarkedNotTestableAndMandatoryOrWithExamplesIsRefused() throws Exception {
        TestSuites.write(dir, NOT_TESTABLE.replace("requirements=", "mandatory=\"true\" requirements="));
        assertThatThrownBy(() -> TestSuites.load(dir)).hasMessageContaining("/t/retention")
                .hasMessageContaining("not testable and mandatory");
        TestSuites.write(dir, NOT_TESTABLE.replace("</test-case>", "<example file=\"suite.xml\" expect=\"pass\"/></test-case>"));
        assertThatThrownBy(() -> TestSuites.load(dir)).hasMessageContaining("/t/retention").hasMessageContaining("has examples");
    }

    @Test
    void aTestCaseWithBothChecksAndANotTestableMarkDoesNotMatchTheSchema() throws Exception {
        TestSuites.write(dir, NOT_TESTABLE.replace("<not-testable", "<check kind=\"scripted\" does=\"pass\"/><not-testable"));
        assertThatThrownBy(() -> TestSuites.load(dir)).isInstanceOf(ConformanceException.class).hasMessageContaining("not-testable");
    }

    private static final String NOT_TESTABLE = "<test-case id=\"/t/retention\" class=\"core\" requirements=\"/req/x\">"
            + "<title xml:lang=\"en\">Records kept ten years</title>"
            + "<not-testable xml:lang=\"en\">Retention over ten years cannot be observed.</not-testable>"
            + "<not-testable xml:lang=\"zh\">十年的保存期限无法在测试中观察。</not-testable></test-case>";
}
