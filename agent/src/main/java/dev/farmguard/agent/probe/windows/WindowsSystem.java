package dev.farmguard.agent.probe.windows;

import dev.farmguard.agent.probe.ProbeContext;
import java.time.Duration;
import java.util.Map;

/**
 * Everything a Windows reader reads the OS through: commands, the registry, files, and the environment
 * (for {@code %VAR%} paths and {@code %SystemRoot%}). Live readers get {@link #live}; tests build one from
 * recorded command output, {@code .reg} exports and a file tree.
 */
public record WindowsSystem(WindowsCommands commands, WindowsRegistry registry, WindowsFiles files,
                            Map<String, String> environment) {

    /** A PowerShell start costs about a second of CPU; one run per command and collection is enough. */
    private static final Duration SHARE_RESULTS_FOR = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_OUTPUT_BYTES = 16 << 20;

    private static final class Live {
        static final WindowsCommands COMMANDS = new SharedCommandResults(
                new ProcessCommandRunner(COMMAND_TIMEOUT, MAX_OUTPUT_BYTES), SHARE_RESULTS_FOR, System::nanoTime);
        static final WindowsRegistry REGISTRY = new JnaRegistry();
    }

    public WindowsSystem {
        environment = Map.copyOf(environment);
    }

    /** The machine the context describes (commands shared by every probe of the process). */
    public static WindowsSystem live(ProbeContext context) {
        return new WindowsSystem(Live.COMMANDS, Live.REGISTRY, WindowsFiles.live(), context.environment());
    }

    /** The PowerShell command for a script of this system. */
    public WindowsCommand powerShell(String name, String script, boolean cacheable) {
        return WindowsCommand.powerShell(environment, name, script, cacheable);
    }

    /** A System32 program of this system. */
    public WindowsCommand system32(String program, String... args) {
        return WindowsCommand.system32(environment, program, args);
    }
}
