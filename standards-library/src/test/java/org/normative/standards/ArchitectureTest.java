package org.normative.standards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/architecture.md that concern the standards library. */
@AnalyzeClasses(packages = "org.normative.standards", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule libraryDependsOnNeitherSuitesNorAppNorJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.normative.conformance..", "org.normative.app..", "javafx..")
            .because("the standards library is the bottom layer and runs without a UI");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.normative.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule databaseIsUsedOnlyFromStoreAndWorkspace = noClasses()
            .that().resideOutsideOfPackages("..store..", "..workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..")
            .because("the domain and its users see repositories, not SQL");

    @ArchTest
    static final ArchRule jacksonIsUsedOnlyByTheDemo = noClasses()
            .that().resideOutsideOfPackage("..demo..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("for now only the bundled demo reads JSON; widen this rule when a format needs it");

    @ArchTest
    static final ArchRule poiStaysInTheDocxPackage = noClasses()
            .that().resideOutsideOfPackages("..publishing.docx..", "..review.xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
            .because("Word documents and the commenting template are read and written each in one place");

    @ArchTest
    static final ArchRule pdfboxStaysInThePdfPackage = noClasses()
            .that().resideOutsideOfPackage("..publishing.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("PDF pages are laid out in one place, shared with the conformance report");
}
