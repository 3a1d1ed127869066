package dev.farmguard.agent.probe;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds catalog install paths on disk: expands them for this OS ({@link PathExpander}), then walks them
 * with {@code *} allowed in any segment. POSIX paths resolve under the probe root so tests can use a
 * fake tree; Windows paths are used as is.
 */
public final class InstallPathFinder {

    /** A wildcard segment can fan out; keep the answer small. */
    private static final int MAX_MATCHES = 16;

    private final Path root;
    private final Platform platform;
    private final PathExpander expander;

    public InstallPathFinder(Path root, PathExpander expander) {
        this.root = root;
        this.platform = expander.platform();
        this.expander = expander;
    }

    /** Existing paths matching a catalog path, as the OS writes them (e.g. "/usr/local/Astrill"). */
    public List<String> find(String catalogPath) {
        return expander.expand(catalogPath).map(this::findExpanded).orElse(List.of());
    }

    private List<String> findExpanded(String pattern) {
        String separator = platform == Platform.WINDOWS ? "\\" : "/";
        String[] segments = pattern.split(Pattern.quote(separator));
        List<String> found = new ArrayList<>();
        if (platform == Platform.WINDOWS) {
            walk(Path.of(segments[0] + separator), segments[0], segments, 1, separator, found);
        } else {
            walk(root, "", segments, 1, separator, found);
        }
        return found;
    }

    private void walk(Path dir, String shown, String[] segments, int index, String separator, List<String> found) {
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
            walk(dir, shown, segments, index + 1, separator, found);
            return;
        }
        if (segment.indexOf('*') < 0) {
            walk(dir.resolve(segment), shown + separator + segment, segments, index + 1, separator, found);
            return;
        }
        Pattern wildcard = globSegment(segment);
        for (Path child : SoftFiles.list(dir)) {
            String name = child.getFileName().toString();
            if (wildcard.matcher(name).matches()) {
                walk(child, shown + separator + name, segments, index + 1, separator, found);
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
