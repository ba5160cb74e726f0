package org.flowboard.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feature packages, UI only in {@code ui} subpackages, and the dependency direction of modules. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.flowboard");
    }

    @Test
    void vaadinComponentsOnlyInUiPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                // The app shell configures the page, it renders nothing.
                .doNotHaveSimpleName("AppShell")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..")
                .check(classes);
    }

    @Test
    void connectorsAndJobsNeverDependOnTheDashboard() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.flowboard.dashboard..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.flowboard.dashboard..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenDashboardFeatures() {
        slices().matching("org.flowboard.dashboard.(*)..").should().beFreeOfCycles().check(classes);
    }
}
