package dev.farmguard.collector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries (DESIGN.md): generated protobuf types stop at the wire package; Netty stays in the
 * transport packages (ingest, api.http, tls, app wiring); storage, detection, API logic and the model use neither.
 */
@AnalyzeClasses(packages = "dev.farmguard.collector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyWireTouchesGeneratedProtobuf = noClasses()
            .that().resideOutsideOfPackage("dev.farmguard.collector.wire..")
            .should().dependOnClassesThat().resideInAPackage("dev.farmguard.proto..")
            .because("exactly one package translates wire messages into the collector's records");

    @ArchTest
    static final ArchRule coreIsFreeOfNetty = noClasses()
            .that().resideInAnyPackage("dev.farmguard.collector.model..", "dev.farmguard.collector.store..",
                    "dev.farmguard.collector.detect..", "dev.farmguard.collector.roster..",
                    "dev.farmguard.collector.auth..", "dev.farmguard.collector.intake..",
                    "dev.farmguard.collector.config..", "dev.farmguard.collector.metrics..",
                    "dev.farmguard.collector.wire..", "dev.farmguard.collector.report..",
                    "dev.farmguard.collector.enroll..")
            .or().resideInAPackage("dev.farmguard.collector.api..")
            .and().resideOutsideOfPackage("dev.farmguard.collector.api.http..")
            .should().dependOnClassesThat().resideInAPackage("io.netty..")
            .because("only the transports (ingest, api.http, tls) speak Netty");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfTheCollector = noClasses()
            .that().resideInAPackage("dev.farmguard.collector.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.farmguard.collector.store..",
                    "dev.farmguard.collector.wire..", "dev.farmguard.collector.ingest..",
                    "dev.farmguard.collector.api..", "dev.farmguard.collector.app..", "dev.farmguard.collector.intake..",
                    "dev.farmguard.collector.config..", "dev.farmguard.collector.auth..",
                    "dev.farmguard.collector.roster..", "dev.farmguard.collector.detect..");

    @ArchTest
    static final ArchRule nothingResolvesNames = noClasses()
            .should().callMethod(java.net.InetAddress.class, "getByName", String.class)
            .orShould().callMethod(java.net.InetAddress.class, "getAllByName", String.class)
            .because("agents report addresses as text; only net.IpLiteral parses them, and it never asks DNS");

    @ArchTest
    static final ArchRule storageKnowsNoTransport = noClasses()
            .that().resideInAnyPackage("dev.farmguard.collector.store..", "dev.farmguard.collector.roster..",
                    "dev.farmguard.collector.api..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.farmguard.collector.ingest..",
                    "dev.farmguard.collector.wire..");
}
