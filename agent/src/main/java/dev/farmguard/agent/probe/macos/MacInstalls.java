package dev.farmguard.agent.probe.macos;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where catalog tools are installed on a Mac: the catalog's install paths, then app bundles in
 * {@code /Applications} named like one of a tool's processes ("AnyDesk.app"), since Mac apps install there
 * under their own name. Each path is reported once, for the first tool found there.
 */
public final class MacInstalls {

    /** A tool found installed at a path, written as macOS does (e.g. "/Applications/AnyDesk.app"). */
    public record Found(String toolId, String path) {
    }

    private final Path root;
    private final InstallPathFinder finder;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public MacInstalls(Path root, PathExpander expander) {
        this.root = root;
        this.finder = new InstallPathFinder(root, expander);
    }

    /**
     * @param signatures     the catalog install paths of one kind of tool (remote-access tools, VPNs, jigglers)
     * @param toolForProcess the tool of that kind a process name belongs to
     */
    public List<Found> find(List<CatalogMatcher.PathSignature> signatures,
                            Function<Collection<String>, Optional<String>> toolForProcess) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (CatalogMatcher.PathSignature signature : signatures) {
            finder.find(signature.path()).forEach(path -> found.putIfAbsent(path, new Found(signature.toolId(), path)));
        }
        for (Path app : SoftFiles.list(OsPaths.under(root, "/Applications"))) {
            String file = app.getFileName().toString();
            if (file.endsWith(".app")) {
                String path = "/Applications/" + file;
                toolForProcess.apply(List.of(file.substring(0, file.length() - 4)))
                        .ifPresent(tool -> found.putIfAbsent(path, new Found(tool, path)));
            }
        }
        return new ArrayList<>(found.values());
    }
}
