package dev.farmguard.agent.probe.windows;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds catalog paths written for Windows ({@code %ProgramFiles%\AnyDesk},
 * {@code %SystemDrive%\Users\*\AppData\Roaming\AnyDesk}) on disk: variables expanded from the environment,
 * {@code *} allowed in any segment (case-insensitive, as NTFS names are), POSIX catalog paths skipped.
 */
public final class WindowsInstallPaths {

    /** A wildcard segment such as {@code Users\*} can fan out; keep the answer small. */
    private static final int MAX_MATCHES = 16;

    private final WindowsFiles files;
    private final PathExpander expander;

    public WindowsInstallPaths(WindowsFiles files, Map<String, String> environment) {
        this.files = files;
        String home = environment.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("USERPROFILE")).map(Map.Entry::getValue)
                .findFirst().orElse("");
        this.expander = new PathExpander(Platform.WINDOWS, environment, home);
    }

    /** Existing paths matching a catalog path, written the Windows way. */
    public List<String> find(String catalogPath) {
        return expander.expand(catalogPath).map(this::findExpanded).orElse(List.of());
    }

    private List<String> findExpanded(String pattern) {
        String[] segments = pattern.split("\\\\");
        List<String> found = new ArrayList<>();
        if (pattern.startsWith("\\\\")) {
            return found; // UNC paths are never searched
        }
        walk(files.resolve(segments[0] + "\\"), segments[0], segments, 1, found);
        return found;
    }

    private void walk(Path dir, String shown, String[] segments, int index, List<String> found) {
        if (found.size() >= MAX_MATCHES) {
            return;
        }
        if (index == segments.length) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                found.add(shown);
            }
            return;
        }
        String segment = segments[index];
        if (segment.isEmpty()) {
            walk(dir, shown, segments, index + 1, found);
            return;
        }
        Pattern wildcard = segmentPattern(segment);
        for (Path child : children(dir, segment)) {
            String name = child.getFileName().toString();
            if (wildcard.matcher(name).matches()) {
                walk(child, shown + "\\" + name, segments, index + 1, found);
            }
        }
    }

    /** A literal segment is looked up case-insensitively too: catalog spellings differ from the disk's. */
    private static List<Path> children(Path dir, String segment) {
        if (segment.indexOf('*') < 0) {
            Path exact = dir.resolve(segment);
            if (Files.exists(exact, LinkOption.NOFOLLOW_LINKS)) {
                return List.of(exact);
            }
        }
        return SoftFiles.list(dir);
    }

    private static Pattern segmentPattern(String segment) {
        StringBuilder regex = new StringBuilder();
        for (String part : segment.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
