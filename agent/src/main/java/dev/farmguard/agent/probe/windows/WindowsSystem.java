package dev.farmguard.agent.probe.windows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.command.CommandSettings;
import dev.farmguard.agent.probe.command.ProcessCommandRunner;
import dev.farmguard.agent.probe.command.SharedCommandResults;
import java.time.Duration;
import java.util.Map;

/**
 * Everything a Windows reader reads the OS through: commands, the registry, files, and the environment
 * (for {@code %VAR%} paths and {@code %SystemRoot%}). Live readers get {@link #live}; tests build one from
 * recorded command output, {@code .reg} exports and a file tree.
 */
public record WindowsSystem(CommandRunner commands, WindowsRegistry registry, WindowsFiles files,
                            Map<String, String> environment) {

    /** A PowerShell start costs about a second of CPU; one run per command and collection is enough. */
    private static final Duration SHARE_RESULTS_FOR = Duration.ofSeconds(15);

    private static final class Live {
        static final CommandRunner COMMANDS = new SharedCommandResults(
                new ProcessCommandRunner(CommandSettings.WINDOWS), SHARE_RESULTS_FOR, System::nanoTime);
        static final WindowsRegistry REGISTRY = new JnaRegistry();
    }

    public WindowsSystem {
        environment = Map.copyOf(environment);
    }

    /** The machine the context describes (commands shared by every probe of the process). */
    public static WindowsSystem live(ProbeContext context) {
        return new WindowsSystem(Live.COMMANDS, Live.REGISTRY, WindowsFiles.live(), context.environment());
    }

    /**
     * Runs a PowerShell script that prints {@code ConvertTo-Json} and reads what it printed (nothing printed is a
     * missing node).
     *
     * @param name      short name, the command is called "powershell:NAME"
     * @param cacheable probes of one collection may share the output
     * @throws ProbeException when it cannot run, exits non-zero or prints no valid JSON
     */
    public JsonNode powerShellJson(String name, String script, boolean cacheable) throws ProbeException {
        Command command = powerShell(name, script, cacheable);
        return CimJson.parse(commands.output(command), command.name());
    }

    /** The PowerShell command for a script of this system. */
    public Command powerShell(String name, String script, boolean cacheable) {
        return WindowsCommandLines.powerShell(environment, name, script, cacheable);
    }

    /**
     * Finds catalog paths written for Windows ({@code %ProgramFiles%\AnyDesk},
     * {@code %SystemDrive%\Users\*\AppData\Roaming\AnyDesk}) on this system's drives, variables expanded from
     * its environment.
     */
    public InstallPathFinder installPaths() {
        String home = environment.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("USERPROFILE")).map(Map.Entry::getValue)
                .findFirst().orElse("");
        return InstallPathFinder.onDrives(new PathExpander(Platform.WINDOWS, environment, home), files::resolve);
    }

    /** A System32 program of this system. */
    public Command system32(String program, String... args) {
        return WindowsCommandLines.system32(environment, program, args);
    }
}
