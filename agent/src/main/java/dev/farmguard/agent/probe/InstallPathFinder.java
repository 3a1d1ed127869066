package dev.farmguard.agent.probe;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds catalog install paths on disk: expands them for this OS ({@link PathExpander}), then walks them
 * with {@code *} allowed in any segment (case-insensitive). POSIX paths resolve under the probe root so tests
 * can use a fake tree. Windows paths resolve on their drive (a recorded drive tree in tests); a literal
 * segment there is matched case-insensitively too, as NTFS names are and catalog spellings differ from the
 * disk's, and UNC paths are never searched.
 */
public final class InstallPathFinder {

    /** A wildcard segment such as {@code Users\*} can fan out; keep the answer small. */
    private static final int MAX_MATCHES = 16;

    private final Path root;
    private final PathExpander expander;
    private final boolean windows;
    private final String separator;
    private final Function<String, Path> drives;

    /** Paths of this machine: POSIX ones under {@code root}, Windows ones on the live drives. */
    public InstallPathFinder(Path root, PathExpander expander) {
        this(root, expander, Path::of);
    }

    private InstallPathFinder(Path root, PathExpander expander, Function<String, Path> drives) {
        this.root = root;
        this.expander = expander;
        this.windows = expander.platform() == Platform.WINDOWS;
        this.separator = windows ? "\\" : "/";
        this.drives = drives;
    }

    /**
     * Windows paths resolved by {@code drives}, which maps a drive's root ("C:\") to its directory.
     *
     * @param expander a {@link Platform#WINDOWS} expander
     */
    public static InstallPathFinder onDrives(PathExpander expander, Function<String, Path> drives) {
        if (expander.platform() != Platform.WINDOWS) {
            throw new IllegalArgumentException("drive letters are for Windows paths, not " + expander.platform());
        }
        return new InstallPathFinder(Path.of(""), expander, drives);
    }

    /** Existing paths matching a catalog path, as the OS writes them (e.g. "/usr/local/Astrill"). */
    public List<String> find(String catalogPath) {
        return expander.expand(catalogPath).map(this::findExpanded).orElse(List.of());
    }

    private List<String> findExpanded(String pattern) {
        List<String> found = new ArrayList<>();
        if (windows && pattern.startsWith("\\\\")) {
            return found; // UNC paths are never searched
        }
        String[] segments = pattern.split(Pattern.quote(separator));
        if (windows) {
            walk(drives.apply(segments[0] + separator), segments[0], segments, 1, found);
        } else {
            walk(root, "", segments, 1, found);
        }
        return found;
    }

    private void walk(Path dir, String shown, String[] segments, int index, List<String> found) {
        if (found.size() >= MAX_MATCHES) {
            return;
        }
        if (index == segments.length) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                found.add(shown.isEmpty() ? separator : shown);
            }
            return;
        }
        String segment = segments[index];
        if (segment.isEmpty()) {
            walk(dir, shown, segments, index + 1, found);
            return;
        }
        if (segment.indexOf('*') < 0) {
            Path exact = dir.resolve(segment);
            if (!windows || Files.exists(exact, LinkOption.NOFOLLOW_LINKS)) {
                walk(exact, shown + separator + segment, segments, index + 1, found);
                return;
            }
        }
        Pattern wildcard = globSegment(segment);
        for (Path child : SoftFiles.list(dir)) {
            String name = child.getFileName().toString();
            if (wildcard.matcher(name).matches()) {
                walk(child, shown + separator + name, segments, index + 1, found);
            }
        }
    }

    private static Pattern globSegment(String segment) {
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
