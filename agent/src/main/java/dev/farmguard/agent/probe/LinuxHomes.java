package dev.farmguard.agent.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Home directories a Linux reader looks into for per-user files: {@code /root} and each directory of {@code /home}. */
public final class LinuxHomes {

    /** A shared host can have thousands of homes; readers look at the first ones by name. */
    public static final int MAX_HOMES = 64;

    private LinuxHomes() {
    }

    /** Existing home directories under the root, {@code /root} first. */
    public static List<Path> under(Path root) {
        List<Path> homes = new ArrayList<>();
        Path rootHome = OsPaths.under(root, "/root");
        if (Files.isDirectory(rootHome)) {
            homes.add(rootHome);
        }
        SoftFiles.list(OsPaths.under(root, "/home")).stream().filter(Files::isDirectory).limit(MAX_HOMES)
                .forEach(homes::add);
        return homes;
    }

    /** How a path under the root is shown in reports: the absolute OS path. */
    public static String shown(Path root, Path file) {
        return "/" + root.relativize(file).toString().replace('\\', '/');
    }
}
