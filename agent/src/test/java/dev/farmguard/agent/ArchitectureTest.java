package dev.farmguard.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.farmguard.proto.v1.Snapshot;
import org.junit.jupiter.api.Test;

/** The agent's module rules (DESIGN.md): probes produce plain records, one mapper builds the proto. */
class ArchitectureTest {

    private static final JavaClasses AGENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.farmguard.agent");

    @Test
    void probesNeverTouchWireTypesOrTheNetwork() {
        noClasses().that().resideInAPackage("dev.farmguard.agent.probe..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.farmguard.proto..", "io.netty.channel..",
                        "io.netty.handler..", "dev.farmguard.agent.transport..", "dev.farmguard.agent.mapper..")
                .check(AGENT);
    }

    @Test
    void onlyTheMapperBuildsSnapshots() {
        // replay parses recorded snapshots from JSON and the simulator invents whole fleets; neither turns
        // probe records into snapshots, which only the mapper does
        noClasses().that().resideOutsideOfPackages("dev.farmguard.agent.mapper..", "dev.farmguard.agent.replay..",
                        "dev.farmguard.agent.simulate..")
                .should().callMethod(Snapshot.class, "newBuilder")
                .check(AGENT);
    }

    @Test
    void theCatalogDoesNotDependOnProbes() {
        noClasses().that().resideInAPackage("dev.farmguard.agent.catalog..")
                .should().dependOnClassesThat().resideInAPackage("dev.farmguard.agent.probe..")
                .check(AGENT);
    }

    @Test
    void probeFamiliesHaveAConceptInterfaceAndAFactory() {
        classes().that().resideInAPackage("dev.farmguard.agent.probe.*").and().haveSimpleNameEndingWith("Probes")
                .should().haveOnlyPrivateConstructors()
                .check(AGENT);
    }
}
