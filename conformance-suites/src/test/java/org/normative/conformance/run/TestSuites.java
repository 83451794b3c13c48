package org.normative.conformance.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.manual.ManualCheckKind;
import org.normative.conformance.suite.LoadedSuite;
import org.normative.conformance.suite.RequirementCatalog;
import org.normative.conformance.suite.SuiteLoader;
import org.normative.conformance.suite.SuitePackage;
import org.normative.standards.StandardsException;

/** Writes small suite packages for tests. */
public final class TestSuites {

    private TestSuites() {
    }

    public static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <suite xmlns="urn:normative:suite:1" group="test" id="t" version="1.0.0">
              <title xml:lang="en">Test suite</title>
              <title xml:lang="zh">测试套件</title>
              <standard code="DG/T 0102" edition="2026"/>
              <artifact role="data" media-types="application/xml text/plain application/json"/>
              <artifact role="extra" media-types="application/json" required="false"/>
              <class id="core"/>
              <class id="more" depends="core"/>
            """;

    /** A test case of the scripted kind in class core (or the class given), checking the "data" role. */
    public static String testCase(String id, String classId, String does) {
        return "<test-case id=\"" + id + "\" class=\"" + classId + "\" artifact=\"data\" requirements=\"/req/dg-0102/openapi\">"
                + "<title xml:lang=\"en\">" + id + "</title><check kind=\"scripted\" does=\"" + does + "\"/></test-case>\n";
    }

    public static Path write(Path folder, String testCases) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("suite.xml"), HEAD + testCases + "</suite>\n", StandardCharsets.UTF_8);
        return folder;
    }

    public static CheckKinds kinds() {
        return CheckKinds.of(List.of(new ScriptedKind(), new ManualCheckKind()));
    }

    public static LoadedSuite load(Path folder) throws StandardsException {
        return new SuiteLoader(kinds(), RequirementCatalog.NONE).load(SuitePackage.inFolder(folder));
    }
}
