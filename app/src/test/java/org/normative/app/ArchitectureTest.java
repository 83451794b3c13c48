package org.normative.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md for the app module. */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.normative.app");
    }

    @Test
    void commandLineTouchesNoJavaFx() {
        noClasses().that().resideInAPackage("org.normative.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.normative.app.gui..")
                .check(app);
    }

    @Test
    void entryPointReachesTheDesktopOnlyThroughTheLauncherInterface() {
        noClasses().that().resideInAPackage("org.normative.app")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(app);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "org.controlsfx..")
                .check(app);
    }

    @Test
    void appCodeReachesTheDatabaseOnlyThroughTheLibraryServices() {
        noClasses().that().resideInAPackage("org.normative.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(app);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.normative.app.gui.(*)..").should().beFreeOfCycles().check(app);
    }
}
