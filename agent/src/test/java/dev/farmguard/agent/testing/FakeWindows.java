package dev.farmguard.agent.testing;

import dev.farmguard.agent.probe.windows.WindowsFiles;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.nio.file.Path;
import java.util.Map;

/** A {@link WindowsSystem} made of recorded command output, registry exports and a file tree. */
public final class FakeWindows {

    /** The environment of a service running as LocalSystem on a typical installation. */
    public static final Map<String, String> ENVIRONMENT = Map.of(
            "SystemRoot", "C:\\WINDOWS",
            "SystemDrive", "C:",
            "ProgramFiles", "C:\\Program Files",
            "ProgramFiles(x86)", "C:\\Program Files (x86)",
            "ProgramData", "C:\\ProgramData",
            "ALLUSERSPROFILE", "C:\\ProgramData",
            "APPDATA", "C:\\WINDOWS\\system32\\config\\systemprofile\\AppData\\Roaming",
            "LOCALAPPDATA", "C:\\WINDOWS\\system32\\config\\systemprofile\\AppData\\Local",
            "USERPROFILE", "C:\\WINDOWS\\system32\\config\\systemprofile");

    private FakeWindows() {
    }

    /** A directory of the test classpath (recorded drive trees are read in place). */
    public static Path resourceDirectory(String resource) {
        return ResourceTrees.directory(resource);
    }

    /** Commands and registry as given; files under {@code drives} (directory C is drive C:). */
    public static WindowsSystem of(RecordedCommands commands, RegExport registry, Path drives) {
        return new WindowsSystem(commands, registry, WindowsFiles.under(drives), ENVIRONMENT);
    }
}
