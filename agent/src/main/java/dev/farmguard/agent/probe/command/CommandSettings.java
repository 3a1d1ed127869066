package dev.farmguard.agent.probe.command;

import dev.farmguard.agent.probe.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a {@link ProcessCommandRunner} runs programs on one OS.
 *
 * @param programDirectories where a bare program name is looked up (never {@code $PATH}: the agent may run as
 *                           root); names with a directory are refused. Empty when commands name their program by
 *                           full path (the Windows readers build them under {@code %SystemRoot%\System32}) and it
 *                           is run as given.
 * @param environment        variables set for the command, on top of the agent's own
 * @param timeout            how long one command may run before it and its children are killed
 * @param maxOutputBytes     how much of its standard output is read
 * @param refuseOverLimit    output over the limit fails the command (a cut JSON document is of no use) instead of
 *                           being returned cut, marked {@link CommandResult#truncated()}
 */
public record CommandSettings(List<Path> programDirectories, Map<String, String> environment, Duration timeout,
                              int maxOutputBytes, boolean refuseOverLimit) {

    private static final List<Path> SYSTEM_DIRECTORIES =
            Stream.of("/usr/bin", "/bin", "/usr/sbin", "/sbin").map(Path::of).toList();
    /** The C locale makes tools print their documented English format. */
    private static final Map<String, String> C_LOCALE = Map.of("LC_ALL", "C", "LANG", "C");

    /** Linux readers run quick tools ({@code iw}, {@code nmcli}, {@code loginctl}): 5 s and 1 MiB each. */
    public static final CommandSettings LINUX = posix(Duration.ofSeconds(5), 1 << 20);
    /** system_profiler can take seconds (SPAirPortDataType scans), ioreg -l of a USB dock hundreds of KiB. */
    public static final CommandSettings MACOS = posix(Duration.ofSeconds(15), 16 << 20);
    /** PowerShell scripts (a second of CPU just to start) and the process lists of busy machines. */
    public static final CommandSettings WINDOWS = fullPaths(Duration.ofSeconds(15), 16 << 20);

    public CommandSettings {
        programDirectories = List.copyOf(programDirectories);
        environment = Map.copyOf(environment);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("command timeout must be positive, not " + timeout);
        }
        if (maxOutputBytes <= 0 || maxOutputBytes > 1 << 30) {
            throw new IllegalArgumentException("command output limit must be 1 byte to 1 GiB, not " + maxOutputBytes);
        }
    }

    /** Programs from the system directories, in the C locale; over-long output is returned cut. */
    public static CommandSettings posix(Duration timeout, int maxOutputBytes) {
        return new CommandSettings(SYSTEM_DIRECTORIES, C_LOCALE, timeout, maxOutputBytes, false);
    }

    /** Programs named by full path, the environment left as is; over-long output fails the command. */
    public static CommandSettings fullPaths(Duration timeout, int maxOutputBytes) {
        return new CommandSettings(List.of(), Map.of(), timeout, maxOutputBytes, true);
    }

    /** The settings the live readers of a platform use. */
    public static CommandSettings forPlatform(Platform platform) {
        return switch (platform) {
            case MACOS -> MACOS;
            case WINDOWS -> WINDOWS;
            case LINUX, OTHER -> LINUX;
        };
    }

    /** The executable a bare program name stands for in the program directories, if installed there. */
    public Optional<Path> locate(String program) {
        if (program.contains("/")) {
            return Optional.empty();
        }
        for (Path dir : programDirectories) {
            Path candidate = dir.resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
