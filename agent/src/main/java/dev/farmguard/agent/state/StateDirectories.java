package dev.farmguard.agent.state;

import dev.farmguard.agent.probe.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Picks the default state directory: the system-wide one when the agent may write it (a service), else
 * a per-user one. Linux: {@code /var/lib/farmguard-agent}, else {@code $XDG_STATE_HOME/farmguard-agent}
 * or {@code ~/.local/state/farmguard-agent}. Windows: {@code %ProgramData%\Farmguard\agent}, else
 * {@code %LOCALAPPDATA%\Farmguard\agent}. macOS: {@code /Library/Application Support/Farmguard/agent},
 * else the same under {@code ~/Library}.
 */
public final class StateDirectories {

    private StateDirectories() {
    }

    /** The default for this machine and user. */
    public static Path defaultFor(Platform platform, Map<String, String> environment, Path home) {
        return switch (platform) {
            case WINDOWS -> firstWritable(
                    Path.of(environment.getOrDefault("ProgramData", "C:\\ProgramData"), "Farmguard", "agent"),
                    Path.of(environment.getOrDefault("LOCALAPPDATA", home.resolve("AppData/Local").toString()),
                            "Farmguard", "agent"));
            case MACOS -> firstWritable(
                    Path.of("/Library/Application Support/Farmguard/agent"),
                    home.resolve("Library/Application Support/Farmguard/agent"));
            default -> firstWritable(Path.of("/var/lib/farmguard-agent"), userStateDir(environment, home));
        };
    }

    private static Path userStateDir(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local/state");
        return base.resolve("farmguard-agent");
    }

    /** The system directory if it exists writable, or could be created in a writable parent; else the user one. */
    static Path firstWritable(Path system, Path user) {
        return writableOrCreatable(system) ? system : user;
    }

    static boolean writableOrCreatable(Path dir) {
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate)) {
                return Files.isDirectory(candidate) && Files.isWritable(candidate);
            }
        }
        return false;
    }
}
