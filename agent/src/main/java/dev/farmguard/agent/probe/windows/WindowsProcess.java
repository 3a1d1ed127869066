package dev.farmguard.agent.probe.windows;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One process as Win32_Process describes it.
 *
 * @param name        image name, e.g. "AnyDesk.exe"
 * @param path        executable path, "" when Windows does not say (protected and system processes)
 * @param commandLine "" when unreadable
 * @param startedAt   null if unknown
 * @param sessionId   Remote Desktop Services session (0 = services)
 */
public record WindowsProcess(int pid, int parentPid, String name, String path, String commandLine, Instant startedAt,
                             int sessionId) {

    /** The names the catalog is matched against: the image name and the executable's file name. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        if (!name.isEmpty()) {
            names.add(name);
        }
        String file = baseName(path);
        if (!file.isEmpty()) {
            names.add(file);
        }
        return List.copyOf(names);
    }

    /** The last segment of a Windows path. */
    public static String baseName(String windowsPath) {
        int cut = Math.max(windowsPath.lastIndexOf('\\'), windowsPath.lastIndexOf('/'));
        return windowsPath.substring(cut + 1);
    }
}
