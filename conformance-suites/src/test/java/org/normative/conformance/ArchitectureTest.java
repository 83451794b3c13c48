package org.normative.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/architecture.md that concern the conformance suites. */
@AnalyzeClasses(packages = "org.normative.conformance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule suitesDependOnNeitherAppNorJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.normative.app..", "javafx..")
            .because("suites run from the command line and in CI, without a UI");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.normative.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule databaseIsUsedOnlyFromStoreAndWorkspace = noClasses()
            .that().resideOutsideOfPackages("..store..", "..workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..")
            .because("suites reach stored data through the standards library's repositories");

    @ArchTest
    static final ArchRule jacksonIsUsedOnlyWhereJsonIsReadOrWritten = noClasses()
            .that().resideOutsideOfPackages("..demo..", "..store..", "..report..", "..input.json..", "..check.json..",
                    "..check.openapi..", "..check.document..", "..check.table..", "..submission..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("the model (suites, runs, results) is plain records; formats are read and written at the edges");

    @ArchTest
    static final ArchRule yamlIsReadOnlyByTheHardenedReader = noClasses()
            .that().resideOutsideOfPackage("..input.json..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "com.fasterxml.jackson.dataformat.yaml..")
            .because("untrusted YAML is read only through the hardened reader of input.json (alias and depth limits)");

    @ArchTest
    static final ArchRule everitStaysInTheJsonSchemaKind = noClasses()
            .that().resideOutsideOfPackage("..check.json..")
            .should().dependOnClassesThat().resideInAnyPackage("org.everit..", "org.json..")
            .because("org.json parses recursively without bounds; it only ever sees trees the hardened reader built");
}
