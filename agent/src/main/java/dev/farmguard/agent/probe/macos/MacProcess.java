package dev.farmguard.agent.probe.macos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One process as {@code ps} shows it.
 *
 * @param path        the executable as {@code ps -o comm} prints it (usually a full path)
 * @param commandLine arguments joined by spaces, "" if unknown
 * @param startedAt   start time, null if unparseable
 */
public record MacProcess(int pid, String user, Instant startedAt, String path, String commandLine) {

    /** The executable's file name, e.g. "AnyDesk". */
    public String name() {
        return baseName(path);
    }

    /**
     * Names a catalog may know this process by: the executable name and the outermost app bundle's name
     * ("TeamViewer" for {@code /Applications/TeamViewer.app/Contents/MacOS/TeamViewer_Service}).
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name());
        bundleName(path).filter(bundle -> !bundle.equals(name())).ifPresent(names::add);
        return names;
    }

    /** "Amphetamine" for any path inside {@code /Applications/Amphetamine.app/}. */
    public static Optional<String> bundleName(String path) {
        int end = path.indexOf(".app/");
        if (end < 0 && path.endsWith(".app")) {
            end = path.length() - 4;
        }
        if (end < 0) {
            return java.util.Optional.empty();
        }
        int start = path.lastIndexOf('/', end) + 1;
        return java.util.Optional.of(path.substring(start, end)).filter(name -> !name.isEmpty());
    }

    static String baseName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
