package org.normative.conformance.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKinds;
import org.normative.conformance.check.PreparedCheck;
import org.normative.standards.StandardsException;

/**
 * Loads a suite package: reads {@code suite.xml}, checks what the schema cannot (unique ids, known classes and
 * roles, no dependency cycle, example files present, requirement ids the edition has), and prepares every check.
 * A suite that fails any of it is refused with a message naming the culprit.
 */
public final class SuiteLoader {

    private final CheckKinds kinds;
    private final RequirementCatalog catalog;

    public SuiteLoader(CheckKinds kinds, RequirementCatalog catalog) {
        this.kinds = kinds;
        this.catalog = catalog;
    }

    public LoadedSuite load(SuitePackage suitePackage) throws StandardsException {
        Suite suite = new SuiteFormat().read(suitePackage.root().resolve(SuiteFormat.FILE_NAME));
        PackageResources resources = new PackageResources(suitePackage.root());
        checkClasses(suite);
        checkTestCases(suite, resources);
        checkRequirements(suite);
        Map<String, List<PreparedCheck>> prepared = new LinkedHashMap<>();
        for (TestCase testCase : suite.testCases()) {
            List<PreparedCheck> checks = new ArrayList<>();
            for (CheckDeclaration declaration : testCase.checks()) {
                checks.add(kinds.get(declaration.kind(), testCase.id()).prepare(declaration, resources));
            }
            prepared.put(testCase.id(), checks);
        }
        return new LoadedSuite(suite, suitePackage.root(), suitePackage.sha256(), prepared);
    }

    private static void checkClasses(Suite suite) throws ConformanceException {
        Map<String, ConformanceClass> byId = new HashMap<>();
        for (ConformanceClass c : suite.classes()) {
            if (byId.put(c.id(), c) != null) {
                throw new ConformanceException("suite.duplicateClass", c.id());
            }
        }
        Set<String> roles = new HashSet<>();
        for (ArtifactRole role : suite.roles()) {
            if (!roles.add(role.role())) {
                throw new ConformanceException("suite.duplicateRole", role.role());
            }
        }
        for (ConformanceClass c : suite.classes()) {
            for (String dependency : c.depends()) {
                if (!byId.containsKey(dependency)) {
                    throw new ConformanceException("suite.unknownDependency", c.id(), dependency);
                }
            }
            if (dependsOnItself(c.id(), c.id(), byId, new HashSet<>())) {
                throw new ConformanceException("suite.dependencyCycle", c.id());
            }
        }
    }

    private static boolean dependsOnItself(String start, String current, Map<String, ConformanceClass> byId, Set<String> seen) {
        for (String dependency : byId.get(current).depends()) {
            if (dependency.equals(start) || (seen.add(dependency) && dependsOnItself(start, dependency, byId, seen))) {
                return true;
            }
        }
        return false;
    }

    private static void checkTestCases(Suite suite, PackageResources resources) throws ConformanceException {
        Set<String> ids = new HashSet<>();
        for (TestCase testCase : suite.testCases()) {
            if (!ids.add(testCase.id())) {
                throw new ConformanceException("suite.duplicateTestCase", testCase.id());
            }
            if (suite.conformanceClass(testCase.classId()).isEmpty()) {
                throw new ConformanceException("suite.unknownClass", testCase.id(), testCase.classId());
            }
            if (testCase.artifactRole() == null && !testCase.manual() && !testCase.notTestable()) {
                throw new ConformanceException("suite.noArtifactRole", testCase.id());
            }
            if (testCase.notTestable() && testCase.mandatory()) {
                throw new ConformanceException("suite.notTestableMandatory", testCase.id());
            }
            if (testCase.notTestable() && !testCase.examples().isEmpty()) {
                throw new ConformanceException("suite.notTestableExamples", testCase.id());
            }
            if (testCase.artifactRole() != null && suite.role(testCase.artifactRole()).isEmpty()) {
                throw new ConformanceException("suite.unknownRole", testCase.id(), testCase.artifactRole());
            }
            for (Example example : testCase.examples()) {
                resources.resolve(example.file());
            }
        }
    }

    private void checkRequirements(Suite suite) throws StandardsException {
        Optional<Set<String>> known = catalog.requirementIds(suite.standardCode(), suite.edition());
        if (known.isEmpty()) {
            return;
        }
        for (TestCase testCase : suite.testCases()) {
            for (String requirement : testCase.requirements()) {
                if (!known.get().contains(requirement)) {
                    throw new ConformanceException("suite.unknownRequirement", testCase.id(), requirement, suite.editionRef());
                }
            }
        }
    }
}
