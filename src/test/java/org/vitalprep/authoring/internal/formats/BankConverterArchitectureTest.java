package org.vitalprep.authoring.internal.formats;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The converter and the convert command are pure logic: no Spring, Vaadin or MongoDB. */
class BankConverterArchitectureTest {

    @Test
    void formatsAndTheCommandHaveNoFrameworkImports() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vitalprep.authoring");
        noClasses().that().resideInAPackage("org.vitalprep.authoring.internal.formats..")
                .or().haveFullyQualifiedName("org.vitalprep.authoring.ConvertCommand")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "com.mongodb..", "org.bson..")
                .check(classes);
    }
}
