package dev.farmguard.agent.probe;

import java.nio.file.Path;

/** Resolves absolute OS paths under a root, so readers can be pointed at a fake filesystem in tests. */
public final class OsPaths {

    private OsPaths() {
    }

    /** {@code under("/tmp/x", "/proc/net/tcp")} is {@code /tmp/x/proc/net/tcp}; with root "/" it is unchanged. */
    public static Path under(Path root, String absolute) {
        String relative = absolute;
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        return relative.isEmpty() ? root : root.resolve(relative);
    }
}
