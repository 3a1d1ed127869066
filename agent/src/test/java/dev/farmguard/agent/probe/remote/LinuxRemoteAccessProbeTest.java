package dev.farmguard.agent.probe.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.testing.FakeProc;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.TestCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxRemoteAccessProbeTest {

    private static final long BOOT = 1_763_700_000L;

    @TempDir
    Path root;

    private RemoteAccessInfo info;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void collect() {
        FakeTree tree = new FakeTree(root)
                .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n")
                .file("/usr/bin/anydesk", "")
                .dir("/opt/teamviewer/tv_bin")
                .file("/usr/lib/systemd/system/anydesk.service", "[Service]\n")
                .link("/etc/systemd/system/multi-user.target.wants/anydesk.service",
                        "/usr/lib/systemd/system/anydesk.service")
                .file("/usr/lib/systemd/system/teamviewerd.service", "[Service]\n")
                .file("/usr/lib/systemd/system/cups.service", "[Service]\n")
                .dir("/run/systemd/system")
                .link("/run/systemd/units/invocation:anydesk.service", "0123456789abcdef");
        new FakeProc(tree)
                .bootTime(BOOT)
                .process(2, "kthreadd", null, 0, 1, new String[0])
                .process(100, "x11vnc", "/usr/bin/x11vnc", 1000, 12345,
                        new String[] {"x11vnc", "-forever", "-rfbport", "5900"}, 1001, 1003)
                .process(200, "TeamViewer_Desk", "/opt/teamviewer/tv_bin/TeamViewer_Desktop", 0, 500,
                        new String[] {"/opt/teamviewer/tv_bin/TeamViewer_Desktop", "--IPCport", "5939", "--Module", "1"},
                        1004)
                .process(300, "cupsd", "/usr/sbin/cupsd", 0, 100, new String[] {"/usr/sbin/cupsd", "-l"}, 1002)
                .process(400, "java", "/usr/lib/jvm/bin/java", 1000, 100, new String[] {"java", "-jar", "x.jar"}, 2001, 1005)
                .process(500, "Xtigervnc", "/usr/bin/Xtigervnc", 1000, 100, new String[] {"/usr/bin/Xtigervnc", ":1"},
                        2003, 2004)
                .netTable("sample", "tcp").netTable("sample", "tcp6").netTable("sample", "udp").netTable("sample", "udp6");
        PathExpander expander = new PathExpander(Platform.LINUX, Map.of("HOME", "/home/alice"), "/home/alice");
        info = new LinuxRemoteAccessProbe(root, TestCatalog::matcher, expander).collect(warnings::add);
    }

    @Test
    void reportsOnlyCatalogProcesses() {
        assertThat(info.processes()).containsExactly(
                new ProcessMatch(100, "x11vnc", "/usr/bin/x11vnc", "x11vnc -forever -rfbport 5900", "alice",
                        Instant.ofEpochSecond(BOOT).plusMillis(123_450), "vnc"),
                new ProcessMatch(200, "TeamViewer_Desktop", "/opt/teamviewer/tv_bin/TeamViewer_Desktop",
                        "/opt/teamviewer/tv_bin/TeamViewer_Desktop --IPCport 5939 --Module 1", "root",
                        Instant.ofEpochSecond(BOOT).plusSeconds(5), "teamviewer"));
    }

    @Test
    void reportsListenersOnCatalogPortsWithTheirOwner() {
        assertThat(info.listeners()).containsExactly(
                new SocketInfo("tcp", "0.0.0.0", 5900, "", 0, 100, "x11vnc", "LISTEN"),
                new SocketInfo("tcp6", "::", 5901, "", 0, 500, "Xtigervnc", "LISTEN"),
                new SocketInfo("udp", "0.0.0.0", 21116, "", 0, 0, "", "UNCONN"));
        assertThat(warnings).containsExactly("owner of 1 reported socket(s) unknown (other users' /proc/PID/fd need root)");
    }

    @Test
    void reportsConnectionsOfCatalogProcessesAndInboundToCatalogListeners() {
        assertThat(info.connections()).containsExactly(
                new SocketInfo("tcp", "192.168.1.2", 5900, "192.168.1.100", 54321, 100, "x11vnc", "ESTABLISHED"),
                new SocketInfo("tcp", "192.168.1.2", 40000, "10.10.10.10", 7001, 200, "TeamViewer_Desk", "ESTABLISHED"),
                new SocketInfo("tcp6", "::ffff:192.168.1.2", 5901, "::ffff:192.168.1.100", 50000, 500, "Xtigervnc",
                        "ESTABLISHED"));
    }

    @Test
    void reportsCatalogServicesAndInstallPaths() {
        assertThat(info.services()).containsExactlyInAnyOrder(
                new ServiceMatch("anydesk.service", "", "running", "enabled", "/usr/lib/systemd/system/anydesk.service",
                        "anydesk"),
                new ServiceMatch("teamviewerd.service", "", "stopped", "disabled",
                        "/usr/lib/systemd/system/teamviewerd.service", "teamviewer"));
        assertThat(info.installs()).containsExactly(
                new InstallMatch("/usr/bin/anydesk", "anydesk"),
                new InstallMatch("/opt/teamviewer", "teamviewer"),
                new InstallMatch("/opt/teamviewer/tv_bin", "teamviewer"));
    }
}
