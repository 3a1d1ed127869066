package dev.farmguard.agent.probe;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.command.CommandSettings;
import dev.farmguard.agent.probe.command.ProcessCommandRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import oshi.SystemInfo;

/**
 * What every probe factory may use: the platform, the filesystem root the OS readers resolve
 * {@code /sys}, {@code /proc}, {@code /etc} against (a temp dir in tests), the current catalog (it can be
 * replaced at run time by a {@code CatalogUpdate}), the environment (for %VAR% expansion) and a clock.
 */
public record ProbeContext(
        Platform platform,
        Path fsRoot,
        Supplier<CatalogMatcher> catalog,
        Map<String, String> environment,
        Clock clock) {

    private static final class Oshi {
        // One SystemInfo per process: OSHI caches and memoizes inside it.
        static final SystemInfo INSTANCE = new SystemInfo();
    }

    public ProbeContext {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(fsRoot, "fsRoot");
        Objects.requireNonNull(catalog, "catalog");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
    }

    /** The context for reading the machine the agent runs on. */
    public static ProbeContext forThisMachine(Supplier<CatalogMatcher> catalog) {
        return new ProbeContext(Platform.current(), Path.of("/"), catalog, System.getenv(), Clock.systemUTC());
    }

    /**
     * Runs OS commands for the Linux and macOS readers with the platform's settings: the machine's own when
     * reading the live filesystem, none when the readers point at a fake root (a command would read the real
     * machine, not the fake tree). Windows readers get theirs from {@code WindowsSystem}.
     */
    public CommandRunner commands() {
        return fsRoot.equals(Path.of("/")) ? new ProcessCommandRunner(CommandSettings.forPlatform(platform))
                : CommandRunner.NONE;
    }

    /** The shared OSHI entry point (created on first use). */
    public SystemInfo systemInfo() {
        return Oshi.INSTANCE;
    }
}
