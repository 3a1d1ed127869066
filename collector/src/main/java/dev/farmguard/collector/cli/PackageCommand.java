package dev.farmguard.collector.cli;

import dev.farmguard.collector.app.CollectorVersion;
import dev.farmguard.collector.app.DataDirectory;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.dist.AgentInstaller;
import dev.farmguard.collector.dist.AgentSettings;
import dev.farmguard.collector.dist.CaFingerprint;
import dev.farmguard.collector.dist.InstallerType;
import dev.farmguard.collector.dist.JpackageLocator;
import dev.farmguard.collector.enroll.TokenPurpose;
import dev.farmguard.collector.tls.PemFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code package}: what IT deploys to laptops. The agent configuration (collector address, the CA pinned by its
 * fingerprint, an enrollment token) alone for MDM, or baked into a deb, rpm, msi or pkg installer.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Write an agent configuration, or build an agent installer with it baked in.",
            "The CA comes from the data directory (or --ca) and is pinned by its SHA-256 fingerprint."})
final class PackageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--type", required = true, paramLabel = "config|deb|rpm|msi|pkg",
            description = "config: agent.conf and collector-ca.pem for MDM/Intune/Jamf/Ansible; deb, rpm (build on "
                    + "Linux), msi (Windows, WiX), pkg (macOS): an installer, built with jpackage 21+.")
    String type;

    @Option(names = "--collector", required = true, paramLabel = "HOST:PORT",
            description = "The collector's agent port as laptops reach it (its certificate must name HOST).")
    String collector;

    @Option(names = "--ca", paramLabel = "FILE", description = "The collector's CA certificate (default: DIR/ca.pem).")
    Path ca;

    @Option(names = "--enroll-token", paramLabel = "TOKEN", description = "An existing enrollment token to bake in.")
    String enrollToken;

    @Option(names = "--create-token", description = "Create a device enrollment token in the store and bake it in.")
    boolean createToken;

    @Option(names = "--uses", paramLabel = "N", description = "With --create-token: enrollments allowed.")
    Integer uses;

    @Option(names = "--expires-in", paramLabel = "DURATION",
            description = "With --create-token: validity, e.g. 14d (default: enrollment.token-validity).")
    String expiresIn;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Where to write the result.")
    Path out;

    @Option(names = "--agent-jar", paramLabel = "FILE",
            description = "The agent's jar (default: farmguard-agent.jar next to this collector's jar, else "
                    + "agent/target/farmguard-agent.jar).")
    Path agentJar;

    @Option(names = "--jpackage", paramLabel = "FILE",
            description = "jpackage to use (default: $JAVA_HOME/bin/jpackage, else this runtime's, else the newest "
                    + "under /usr/lib/jvm).")
    Path jpackage;

    @Option(names = "--service-installer", paramLabel = "FILE",
            description = "msi only: the Windows service wrapper jpackage installs as service-installer.exe "
                    + "(WinSW 2.x, e.g. WinSW-x64.exe).")
    Path serviceInstaller;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        InstallerType installerType;
        X509Certificate caCertificate;
        Path caFile = ca != null ? ca : new DataDirectory(store.data).caCertificate();
        Path tool = null;
        Path jar = null;
        try {
            installerType = InstallerType.parse(type);
            checkOptions();
            caCertificate = readCa(caFile);
            if (installerType != InstallerType.CONFIG) { // before a token is created for nothing
                tool = JpackageLocator.jpackage(jpackage, installerType);
                if (installerType == InstallerType.MSI && (serviceInstaller == null || !Files.isReadable(serviceInstaller))) {
                    throw new IllegalArgumentException("--type msi: give --service-installer FILE, the Windows service "
                            + "wrapper jpackage needs (WinSW 2.x)");
                }
                jar = JpackageLocator.agentJar(agentJar);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        String token = enrollToken;
        if (createToken) {
            Instant expiry;
            try {
                expiry = StoreOptions.expiry(expiresIn, null);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            String[] created = new String[1];
            int code = EnrollmentTokenCommand.withTokens(spec, store, (tokens, o, e) -> {
                var result = tokens.create(TokenPurpose.DEVICE, "package --type " + installerType.cliName(), expiry, uses);
                created[0] = result.secret();
                e.println("created " + EnrollmentTokenCommand.describe(result.token()));
                return 0;
            });
            if (code != 0) {
                return code;
            }
            token = created[0];
        }
        AgentSettings settings = new AgentSettings(collector, CaFingerprint.of(caCertificate), token,
                installerType.stateDir());
        Files.createDirectories(out);
        if (installerType == InstallerType.CONFIG) {
            Files.copy(caFile, out.resolve(AgentSettings.CA_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(out.resolve(AgentSettings.CONFIG_FILE), settings.render());
            spec.commandLine().getOut().println(out.resolve(AgentSettings.CONFIG_FILE));
            err.println("wrote " + AgentSettings.CONFIG_FILE + " and " + AgentSettings.CA_FILE + " to " + out
                    + "; agents run: farmguard-agent run --config " + out.resolve(AgentSettings.CONFIG_FILE));
            return 0;
        }
        String version = CollectorVersion.get().replaceAll("[^0-9.].*$", "");
        Path installer = AgentInstaller.build(new AgentInstaller.Build(installerType, jar, caFile, settings,
                version.isEmpty() ? "0.0.0" : version, out, serviceInstaller), tool, err);
        spec.commandLine().getOut().println(installer);
        return 0;
    }

    private void checkOptions() {
        HostPort address;
        try {
            address = HostPort.parse(collector);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--collector: " + e.getMessage());
        }
        if (address.port() == 0) {
            throw new IllegalArgumentException("--collector: give the port agents connect to, not 0");
        }
        if (createToken && enrollToken != null) {
            throw new IllegalArgumentException("--enroll-token and --create-token: give one of them");
        }
        if (!createToken && (uses != null || expiresIn != null)) {
            throw new IllegalArgumentException("--uses and --expires-in go with --create-token");
        }
        if (uses != null && uses < 1) {
            throw new IllegalArgumentException("--uses: must be at least 1, got " + uses);
        }
        if (enrollToken != null && (enrollToken.isBlank() || enrollToken.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("--enroll-token: a token has no spaces");
        }
    }

    private static X509Certificate readCa(Path caFile) {
        if (!Files.isReadable(caFile)) {
            throw new IllegalArgumentException("CA certificate " + caFile + " is not a readable file: start the "
                    + "collector once with this --data (it creates ca.pem), or give --ca FILE");
        }
        try {
            return PemFiles.readCertificate(caFile);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("CA certificate " + caFile + " is not a PEM certificate: " + e.getMessage());
        }
    }
}
