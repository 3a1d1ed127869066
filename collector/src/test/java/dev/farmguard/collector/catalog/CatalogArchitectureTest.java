package dev.farmguard.collector.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalog and classification packages read the catalog with Jackson: no generated protobuf, no Netty. */
class CatalogArchitectureTest {

    @Test
    void catalogAndClassifyNeverTouchWireTypes() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.farmguard.collector.catalog", "dev.farmguard.collector.classify");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.farmguard.proto..", "io.netty..",
                "com.google.protobuf..").check(classes);
    }
}
