package dev.farmguard.collector.dist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds an agent installer with jpackage: the agent's jar, a trimmed Java runtime, the collector's CA and the agent
 * configuration that pins it, and the service definition. The only copy of the jpackage options (the CI workflow
 * and the Linux installer test call {@code farmguard-collector package}).
 */
public final class AgentInstaller {

    static final String NAME = "farmguard-agent";
    static final String MAIN_CLASS = "dev.farmguard.agent.cli.AgentMain";
    /** What the agent uses (jdeps of the shaded jar, plus the EC provider and Unsafe its libraries look for). */
    static final String MODULES = "java.base,java.logging,java.management,java.naming,java.xml,jdk.crypto.ec,"
            + "jdk.unsupported,java.net.http";
    /** Small heap and collector for a background agent. */
    static final String JAVA_OPTIONS = "-Xmx96m -XX:+UseSerialGC";
    /** Stable across versions, so a newer MSI upgrades an older one in place. */
    static final String WINDOWS_UPGRADE_UUID = "3b0c6f2e-52a1-4d2e-9a35-7f1f0c2a9e11";
    /** The service's systemd unit, installed by the package's maintainer scripts (not jpackage's own naming). */
    static final String UNIT = "farmguard-agent.service";
    /** WinSW reads its configuration from the file named like its executable, next to it. */
    static final String WINSW_CONFIG = "service-installer.xml";
    private static final List<String> LINUX_RESOURCES = List.of("postinst", "prerm", "postrm", NAME + ".spec");

    /**
     * One installer to build.
     *
     * @param version          numeric version jpackage accepts (e.g. 0.1.0)
     * @param serviceInstaller msi only: the Windows service wrapper jpackage installs (WinSW), else null
     */
    public record Build(InstallerType type, Path agentJar, Path caFile, AgentSettings settings, String version,
            Path outDir, Path serviceInstaller) {
    }

    /**
     * The launcher's Java options for a runtime of this feature version. JNA and Netty load native code and use
     * sun.misc.Unsafe from the class path, which runtimes from 22 and 24 on warn about at every start: warnings for
     * the application's developer, not the laptop's user, so the launcher grants those uses explicitly (and only
     * where the runtime knows the option, or it would refuse to start).
     */
    static String javaOptions(int runtimeFeatureVersion) {
        StringBuilder options = new StringBuilder(JAVA_OPTIONS);
        if (runtimeFeatureVersion >= 22) {
            options.append(" --enable-native-access=ALL-UNNAMED");
        }
        if (runtimeFeatureVersion >= 23) {
            options.append(" --sun-misc-unsafe-memory-access=allow");
        }
        return options.toString();
    }

    private AgentInstaller() {
    }

    /** jpackage's arguments for a staged input directory and resource directory. */
    /** jpackage's default jlink options, plus compressed modules where jlink knows the 21+ spelling. */
    static String jlinkOptions(int runtimeFeatureVersion) {
        String defaults = "--strip-native-commands --strip-debug --no-man-pages --no-header-files";
        return runtimeFeatureVersion >= 21 ? defaults + " --compress=zip-6" : defaults;
    }

    static List<String> arguments(Build build, Path input, Path resources, int runtimeFeatureVersion) {
        List<String> args = new ArrayList<>(List.of("--type", build.type().cliName(), "--name", NAME,
                "--app-version", build.version(), "--vendor", "Farmguard",
                "--description", "Farmguard endpoint agent: reports laptop-farm signals to the collector",
                "--input", input.toString(), "--main-jar", NAME + ".jar", "--main-class", MAIN_CLASS,
                "--arguments", "run --config $APPDIR/" + AgentSettings.CONFIG_FILE,
                "--add-modules", MODULES, "--java-options", javaOptions(runtimeFeatureVersion),
                "--jlink-options", jlinkOptions(runtimeFeatureVersion),
                "--resource-dir", resources.toString(), "--dest", build.outDir().toString()));
        switch (build.type()) {
            case DEB -> args.addAll(List.of("--linux-package-name", NAME, "--linux-deb-maintainer",
                    "security@example.invalid", "--linux-app-category", "admin"));
            case RPM -> args.addAll(List.of("--linux-package-name", NAME, "--linux-rpm-license-type", "Apache-2.0"));
            // per-machine install is jpackage's default for msi: the service runs for every user
            case MSI -> args.addAll(List.of("--launcher-as-service", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    "--app-content", resources.resolve(WINSW_CONFIG).toString()));
            case PKG -> args.addAll(List.of("--launcher-as-service", "--mac-package-identifier", "dev.farmguard.agent"));
            case CONFIG -> throw new IllegalArgumentException("a configuration is not built by jpackage");
        }
        return args;
    }

    /** Stages the inputs, runs jpackage (its output goes to {@code log}) and returns the installer it wrote. */
    public static Path build(Build build, Path jpackage, PrintWriter log) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("farmguard-installer");
        try {
            Path input = Files.createDirectories(work.resolve("input"));
            Path resources = Files.createDirectories(work.resolve("resources"));
            Files.copy(build.agentJar(), input.resolve(NAME + ".jar"));
            Files.copy(build.caFile(), input.resolve(AgentSettings.CA_FILE));
            Files.writeString(input.resolve(AgentSettings.CONFIG_FILE), build.settings().render());
            if (build.type() == InstallerType.DEB || build.type() == InstallerType.RPM) {
                copyResource("linux/" + UNIT, input.resolve(UNIT));
                for (String name : LINUX_RESOURCES) {
                    copyResource("linux/" + name, resources.resolve(name));
                }
            }
            if (build.type() == InstallerType.MSI) {
                Files.copy(build.serviceInstaller(), resources.resolve("service-installer.exe"));
                copyResource("windows/" + WINSW_CONFIG, resources.resolve(WINSW_CONFIG));
            }
            Files.createDirectories(build.outDir());
            List<String> command = new ArrayList<>(List.of(jpackage.toString()));
            // the bundled runtime is jlinked from jpackage's own JDK
            command.addAll(arguments(build, input, resources,
                    JpackageLocator.featureVersion(jpackage.toAbsolutePath().getParent().getParent())));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(log::println);
            }
            int exit = process.waitFor();
            log.flush();
            if (exit != 0) {
                throw new IOException("jpackage exited with " + exit + " (its output is above)");
            }
            return newest(build.outDir(), build.type().cliName());
        } finally {
            deleteTree(work);
        }
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = AgentInstaller.class.getResourceAsStream("/dist/agent/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource /dist/agent/" + name + " is missing from the collector jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path newest(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("." + extension))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IOException("jpackage wrote no ." + extension + " into " + dir));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
