package org.vitalprep;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Module boundaries: no cycles, no reaching into another module's internals, views never touch persistence. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.vitalprep");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(VitalPrepApplication.class).verify();
    }

    @Test
    void viewsDoNotTouchPersistence() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.springframework.data..",
                        "com.mongodb..")
                .because("views call services; repositories and documents stay inside their module")
                .check(CLASSES);
    }

    @Test
    void pureLogicHasNoFrameworkImports() {
        noClasses().that().haveSimpleNameEndingWith("Parser").or().haveSimpleNameEndingWith("Assembler")
                .or().haveSimpleName("Scoring").or().haveSimpleName("ItemAnalysis").or().haveSimpleName("ResponseTable")
                .or().haveSimpleName("ChecklistExport").or().haveSimpleName("Csv")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "com.mongodb..", "org.bson..")
                .check(CLASSES);
    }
}
