package dev.farmguard.agent.probe.windows;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps Windows absolute paths ({@code C:\ProgramData\AnyDesk\service.conf}) to {@link Path}s: as is on
 * Windows, under a directory in tests ({@code ROOT/C/ProgramData/AnyDesk/service.conf}), so readers of
 * tool logs and install paths run on recorded trees.
 */
@FunctionalInterface
public interface WindowsFiles {

    /** The path of a drive-letter path such as {@code C:\Windows}; UNC paths are not supported. */
    Path resolve(String windowsPath);

    /** This machine's file system (on Windows). */
    static WindowsFiles live() {
        return Path::of;
    }

    /** A fake tree: drive letter {@code C:} becomes directory {@code ROOT/C}. */
    static WindowsFiles under(Path root) {
        return windowsPath -> {
            String[] parts = windowsPath.split("\\\\");
            Path path = root.resolve(parts[0].replace(":", "").toUpperCase(Locale.ROOT));
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    path = path.resolve(parts[i]);
                }
            }
            return path;
        };
    }
}
