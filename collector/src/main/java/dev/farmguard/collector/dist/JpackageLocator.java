package dev.farmguard.collector.dist;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the tools an installer build needs, with an error naming the option that fixes a missing one. */
public final class JpackageLocator {

    private JpackageLocator() {
    }

    /** The agent jar: the option, else next to the running collector's jar, else the source tree's build output. */
    public static Path agentJar(Path option) {
        if (option != null) {
            if (!Files.isReadable(option)) {
                throw new IllegalArgumentException("--agent-jar: " + option + " is not a readable file");
            }
            return option;
        }
        Optional<Path> nextToCollector = collectorJarDirectory().map(dir -> dir.resolve("farmguard-agent.jar"));
        for (Path candidate : Stream.concat(nextToCollector.stream(),
                Stream.of(Path.of("agent", "target", "farmguard-agent.jar"))).toList()) {
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no farmguard-agent.jar next to the collector's jar or in agent/target: "
                + "give --agent-jar FILE");
    }

    /**
     * jpackage: the option, else {@code $JAVA_HOME}'s, else this runtime's, else the newest under /usr/lib/jvm. It must
     * run on the installer's OS, since jpackage uses that OS's packaging tools.
     */
    public static Path jpackage(Path option, InstallerType type) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (type.buildOs() != null && !os.startsWith(type.buildOs())) {
            throw new IllegalArgumentException("--type " + type.cliName() + ": jpackage builds it only on "
                    + type.buildOs() + ", this is " + os + " (see .github/workflows/installers.yml)");
        }
        if (option != null) {
            if (!Files.isExecutable(option)) {
                throw new IllegalArgumentException("--jpackage: " + option + " is not an executable file");
            }
            return option;
        }
        String executable = os.startsWith("windows") ? "jpackage.exe" : "jpackage";
        Stream<Path> homes = Stream.of(System.getenv("JAVA_HOME"), System.getProperty("java.home"))
                .filter(home -> home != null && !home.isBlank()).map(Path::of);
        return Stream.concat(homes, newestUnder(Path.of("/usr/lib/jvm")).stream())
                .map(home -> home.resolve("bin").resolve(executable))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no jpackage found: set JAVA_HOME to a JDK 21 or "
                        + "newer, or give --jpackage FILE"));
    }

    private static Optional<Path> newestUnder(Path jvms) {
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(dir -> Files.isExecutable(dir.resolve("bin/jpackage")))
                    .max(Comparator.comparing(JpackageLocator::featureVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A JDK directory's feature version from its {@code release} file (0 when unknown). */
    static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static Optional<Path> collectorJarDirectory() {
        try {
            Path location = Path.of(JpackageLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
