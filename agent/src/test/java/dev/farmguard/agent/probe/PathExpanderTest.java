package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathExpanderTest {

    private final PathExpander windows = new PathExpander(Platform.WINDOWS,
            Map.of("ProgramFiles(x86)", "C:\\Program Files (x86)", "PROGRAMDATA", "C:\\ProgramData"), "C:\\Users\\bob");
    private final PathExpander linux = new PathExpander(Platform.LINUX, Map.of("HOME", "/home/bob"), "/home/bob");

    @Test
    void expandsWindowsVariablesCaseInsensitively() {
        assertThat(windows.expand("%ProgramFiles(x86)%\\AnyDesk")).contains("C:\\Program Files (x86)\\AnyDesk");
        assertThat(windows.expand("%ProgramData%\\AnyDesk")).contains("C:\\ProgramData\\AnyDesk");
        assertThat(windows.expand("%SystemRoot%\\System32\\ASproxy64.dll")).isEmpty();
        assertThat(windows.expand("/Applications/AnyDesk.app")).isEmpty();
        assertThat(windows.expand("~\\AppData\\Roaming\\AnyDesk")).contains("C:\\Users\\bob\\AppData\\Roaming\\AnyDesk");
    }

    @Test
    void keepsOnlyPosixPathsOnLinux() {
        assertThat(linux.expand("/usr/local/Astrill")).contains("/usr/local/Astrill");
        assertThat(linux.expand("~/.anydesk")).contains("/home/bob/.anydesk");
        assertThat(linux.expand("%ProgramFiles%\\TeamViewer")).isEmpty();
        assertThat(linux.expand("C:\\Tools")).isEmpty();
    }

    @Test
    void findsExistingPathsWithWildcardSegments(@TempDir Path root) {
        new FakeTree(root).dir("/opt/teamviewer15/tv_bin").dir("/opt/TeamViewer-old/tv_bin").dir("/opt/other/tv_bin")
                .file("/usr/bin/anydesk", "");
        InstallPathFinder finder = new InstallPathFinder(root, linux);

        assertThat(finder.find("/opt/teamviewer*/tv_bin")).containsExactly("/opt/TeamViewer-old/tv_bin",
                "/opt/teamviewer15/tv_bin");
        assertThat(finder.find("/usr/bin/anydesk")).containsExactly("/usr/bin/anydesk");
        assertThat(finder.find("/usr/bin/rustdesk")).isEmpty();
        assertThat(finder.find("%ProgramFiles%\\AnyDesk")).isEmpty();
    }
}
